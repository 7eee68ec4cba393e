package com.shop.kafka;

import org.apache.kafka.common.config.TopicConfig;

import java.time.Duration;
import java.util.Map;

/**
 * How a topic keeps its records: for a time, or compacted (the latest record of each key for good), so that a new
 * consumer group can rebuild every aggregate from the topic however old.
 */
public sealed interface Retention {

    static Retention deleteAfter(Duration age) {
        return new DeleteAfter(age);
    }

    static Retention compacted(Duration minCompactionLag, Duration maxCompactionLag) {
        return new Compacted(minCompactionLag, maxCompactionLag);
    }

    /** The topic-level settings that make it so, by their Kafka names; the topic provisioner keeps a topic to them. */
    Map<String, String> topicConfig();

    /**
     * The oldest a record can be that a replay from the earliest offset may still find although a later record
     * replaced it: consumers remember the events they applied at least this long.
     */
    Duration supersededRecordsGoneAfter();

    /** Cleanup policy delete: a record goes once it is {@code age} old. */
    record DeleteAfter(Duration age) implements Retention {

        public DeleteAfter {
            requirePositive(age, "retention");
        }

        @Override
        public Map<String, String> topicConfig() {
            return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                    TopicConfig.RETENTION_MS_CONFIG, Long.toString(age.toMillis()));
        }

        @Override
        public Duration supersededRecordsGoneAfter() {
            return age;
        }
    }

    /**
     * Cleanup policy compact: the latest record of each key stays for good ({@code retention.ms} -1, so that no age
     * limit applies should the policy ever include delete again); a record a later one of its key replaced stays at
     * least {@code minCompactionLag}, so that a consumer that far behind still reads every record, and is compacted
     * away once it is {@code maxCompactionLag} old (Kafka rolls the segment by then, and the cleaner takes it on its
     * next pass).
     */
    record Compacted(Duration minCompactionLag, Duration maxCompactionLag) implements Retention {

        public Compacted {
            requirePositive(minCompactionLag, "minimum compaction lag");
            requirePositive(maxCompactionLag, "maximum compaction lag");
            if (maxCompactionLag.compareTo(minCompactionLag) < 0) {
                throw new IllegalArgumentException("a topic's maximum compaction lag " + maxCompactionLag
                        + " must not be less than its minimum " + minCompactionLag);
            }
        }

        @Override
        public Map<String, String> topicConfig() {
            return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                    TopicConfig.RETENTION_MS_CONFIG, "-1",
                    TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, Long.toString(minCompactionLag.toMillis()),
                    TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, Long.toString(maxCompactionLag.toMillis()));
        }

        @Override
        public Duration supersededRecordsGoneAfter() {
            return maxCompactionLag;
        }
    }

    private static void requirePositive(Duration duration, String what) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a topic's " + what + " must be positive, was " + duration);
        }
    }
}
