package com.shop.kafka;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetentionTest {

    @Test
    void aDeleteTopicKeepsItsRecordsForItsAge() {
        Retention retention = Retention.deleteAfter(Duration.ofDays(7));

        assertThat(retention.topicConfig()).isEqualTo(Map.of("cleanup.policy", "delete", "retention.ms", "604800000"));
        assertThat(retention.supersededRecordsGoneAfter()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aCompactedTopicKeepsTheLatestRecordOfEachKeyForGoodAndTheReplacedOnesBetweenItsCompactionLags() {
        Retention retention = Retention.compacted(Duration.ofDays(7), Duration.ofDays(14));

        assertThat(retention.topicConfig()).isEqualTo(Map.of("cleanup.policy", "compact", "retention.ms", "-1",
                "min.compaction.lag.ms", "604800000", "max.compaction.lag.ms", "1209600000"));
        assertThat(retention.supersededRecordsGoneAfter()).isEqualTo(Duration.ofDays(14));
    }

    @Test
    void aRetentionOrCompactionLagOfNothingIsRefused() {
        assertThatThrownBy(() -> Retention.deleteAfter(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a topic's retention must be positive, was PT0S");
        assertThatThrownBy(() -> Retention.compacted(Duration.ofDays(1), null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a topic's maximum compaction lag must be positive, was null");
        assertThatThrownBy(() -> Retention.compacted(Duration.ofDays(2), Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a topic's maximum compaction lag PT24H must not be less than its minimum PT48H");
    }
}
