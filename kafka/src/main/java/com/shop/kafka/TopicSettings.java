package com.shop.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.PolicyViolationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Brings existing topics to the catalogue's settings (cleanup policy, retention): a topic an older version created
 * keeps the settings it was created with otherwise. Only the catalogue's settings are compared, and only a value that
 * differs is set: whatever else an operator set on a topic stays, and a second run changes nothing.
 */
final class TopicSettings {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSettings.class);

    /** One setting of a topic that differs from the catalogue's; {@code from} is null when the broker reports none. */
    private record Drift(String key, String from, String to) {

        AlterConfigOp operation() {
            return new AlterConfigOp(new ConfigEntry(key, to), AlterConfigOp.OpType.SET);
        }

        @Override
        public String toString() {
            return key + " " + from + " -> " + to;
        }
    }

    private TopicSettings() {
    }

    /** Sets the wanted value of each setting that differs on these existing topics; returns the topics it changed. */
    static List<String> bringInLine(Admin admin, Map<String, Map<String, String>> wanted) {
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<ConfigResource, KafkaFuture<Config>> described = admin.describeConfigs(
                wanted.keySet().stream().map(TopicSettings::resource).toList()).values();
        Map<String, List<Drift>> drifted = new LinkedHashMap<>();
        wanted.forEach((topic, settings) -> outcome(topic, described.get(resource(topic)), "read the settings of")
                .map(current -> drifts(current, settings))
                .filter(drifts -> !drifts.isEmpty())
                .ifPresent(drifts -> drifted.put(topic, drifts)));
        if (drifted.isEmpty()) {
            return List.of();
        }
        Map<ConfigResource, Collection<AlterConfigOp>> operations = drifted.entrySet().stream().collect(Collectors.toMap(
                entry -> resource(entry.getKey()), entry -> entry.getValue().stream().map(Drift::operation).toList()));
        Map<ConfigResource, KafkaFuture<Void>> results = admin.incrementalAlterConfigs(operations).values();
        List<String> changed = new ArrayList<>();
        drifted.forEach((topic, drifts) -> outcome(topic, results.get(resource(topic)).thenApply(done -> topic), "change the settings of")
                .ifPresent(done -> {
                    LOG.info("changed the settings of Kafka topic {} to the catalogue's: {}", topic, drifts);
                    changed.add(topic);
                }));
        return changed;
    }

    private static List<Drift> drifts(Config current, Map<String, String> wanted) {
        List<Drift> drifts = new ArrayList<>();
        new TreeMap<>(wanted).forEach((key, value) -> {
            String now = Optional.ofNullable(current.get(key)).map(ConfigEntry::value).orElse(null);
            if (!value.equals(now)) {
                drifts.add(new Drift(key, now, value));
            }
        });
        return drifts;
    }

    /**
     * The result of an admin call about one topic; empty when the broker that answered does not know the topic: not
     * yet (another service created it a moment ago and the news has not reached every broker) or no more (deleted),
     * and when the cluster does not let this service read or change a topic's settings (its ACLs, or a policy):
     * the topic keeps its settings, with a warning, and the service starts. The next start looks at it again.
     */
    private static <T> Optional<T> outcome(String topic, KafkaFuture<T> result, String action) {
        try {
            return Optional.of(result.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                LOG.debug("topic {} is not known to the broker (created or deleted meanwhile): did not {} it", topic, action);
                return Optional.empty();
            }
            if (e.getCause() instanceof AuthorizationException || e.getCause() instanceof PolicyViolationException) {
                LOG.warn("the cluster does not let this service {} topic {} ({}): it keeps its settings; set the catalogue's"
                        + " by hand, or grant DescribeConfigs and AlterConfigs on it", action, topic, e.getCause().getMessage());
                return Optional.empty();
            }
            throw new IllegalStateException("could not " + action + " topic " + topic + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            throw TopicProvisioner.interrupted(e);
        }
    }

    private static ConfigResource resource(String topic) {
        return new ConfigResource(ConfigResource.Type.TOPIC, topic);
    }
}
