package com.shop.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Creates the catalogue's topics and their dead-letter topics when they are missing, with the catalogue's cleanup
 * policy and retention, so a service can start against an empty broker. Several services may start at once: a topic
 * another one created first is fine.
 */
public final class TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final int partitions;
    private final short replicationFactor;

    public TopicProvisioner(String bootstrapServers, int partitions, short replicationFactor) {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrap servers are required");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replication factor must be at least 1, was " + replicationFactor);
        }
        this.bootstrapServers = bootstrapServers;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
    }

    /** Creates every missing catalogue topic and dead-letter topic; returns the names this call created. */
    public List<String> ensureTopics() {
        try (Admin admin = Admin.create(adminProperties())) {
            Set<String> existing = existingTopics(admin);
            List<NewTopic> missing = wanted().stream().filter(topic -> !existing.contains(topic.name())).toList();
            if (missing.isEmpty()) {
                return List.of();
            }
            Map<String, KafkaFuture<Void>> results = admin.createTopics(missing).values();
            List<String> created = missing.stream().map(NewTopic::name)
                    .filter(name -> createdNow(name, results.get(name)))
                    .toList();
            if (!created.isEmpty()) {
                LOG.info("created Kafka topics {} ({} partitions, replication factor {})", created, partitions, replicationFactor);
            }
            return created;
        }
    }

    private List<NewTopic> wanted() {
        List<NewTopic> topics = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            topics.add(newTopic(topic.topicName(), topic.retention()));
            topics.add(newTopic(topic.deadLetterTopic(), topic.deadLetterRetention()));
        }
        return topics;
    }

    private NewTopic newTopic(String name, Retention retention) {
        return new NewTopic(name, partitions, replicationFactor).configs(retention.topicConfig());
    }

    private static boolean createdNow(String name, KafkaFuture<Void> result) {
        try {
            result.get();
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                LOG.debug("topic {} was created by another service meanwhile", name);
                return false;
            }
            throw new IllegalStateException("could not create topic " + name + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private Set<String> existingTopics(Admin admin) {
        try {
            return admin.listTopics().names().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not list the topics on " + bootstrapServers + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private static IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("interrupted while provisioning Kafka topics", e);
    }

    private Properties adminProperties() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "shop-topic-provisioner");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis());
        return properties;
    }
}
