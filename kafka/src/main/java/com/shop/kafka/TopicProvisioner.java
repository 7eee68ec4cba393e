package com.shop.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;

/**
 * Creates the catalogue's topics and their dead-letter topics when they are missing, with the catalogue's cleanup
 * policy and retention, and brings the existing ones to those settings ({@link TopicSettings}). Several services may
 * start at once: a topic another one created first is fine, and setting a value another one has just set changes
 * nothing.
 */
public final class TopicProvisioner {

    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConnection connection;
    private final int partitions;
    private final short replicationFactor;
    private final Duration timeout;

    /** What a run did: the topics it created, and those whose settings it changed to the catalogue's. */
    public record Changes(List<String> created, List<String> reconfigured) {

        public Changes {
            created = List.copyOf(created);
            reconfigured = List.copyOf(reconfigured);
        }
    }

    /** For a broker that takes clients without authentication or TLS, such as the local platform's. */
    public TopicProvisioner(String bootstrapServers, int partitions, short replicationFactor) {
        this(KafkaConnection.plaintext(bootstrapServers), partitions, replicationFactor, DEFAULT_TIMEOUT);
    }

    /** With {@code timeout} the longest it waits for an answer from Kafka before it gives up. */
    public TopicProvisioner(KafkaConnection connection, int partitions, short replicationFactor, Duration timeout) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replication factor must be at least 1, was " + replicationFactor);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.connection = connection;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.timeout = timeout;
    }

    /** Creates every missing catalogue topic and dead-letter topic, and changes the settings that differ on the others. */
    public Changes ensureTopics() {
        Map<String, Map<String, String>> wanted = wanted();
        try (Admin admin = Admin.create(adminProperties())) {
            Set<String> existing = existingTopics(admin);
            List<String> created = create(admin, wanted.keySet().stream().filter(name -> !existing.contains(name)).toList(), wanted);
            Map<String, Map<String, String>> present = new LinkedHashMap<>(wanted);
            present.keySet().removeAll(created);
            return new Changes(created, TopicSettings.bringInLine(admin, present));
        }
    }

    /** Each topic's settings by name, in catalogue order, every topic followed by its dead-letter topic. */
    private static Map<String, Map<String, String>> wanted() {
        Map<String, Map<String, String>> topics = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            topics.put(topic.topicName(), topic.retention().topicConfig());
            topics.put(topic.deadLetterTopic(), topic.deadLetterRetention().topicConfig());
        }
        return topics;
    }

    private List<String> create(Admin admin, List<String> names, Map<String, Map<String, String>> wanted) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<NewTopic> topics = names.stream()
                .map(name -> new NewTopic(name, partitions, replicationFactor).configs(wanted.get(name)))
                .toList();
        Map<String, KafkaFuture<Void>> results = admin.createTopics(topics).values();
        List<String> created = names.stream().filter(name -> createdNow(name, results.get(name))).toList();
        if (!created.isEmpty()) {
            LOG.info("created Kafka topics {} ({} partitions, replication factor {})", created, partitions, replicationFactor);
        }
        return created;
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
            throw new IllegalStateException("could not list the topics on " + connection.brokers() + " over "
                    + connection.protocol() + ": " + e.getCause().getMessage() + hint(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /**
     * A client that speaks another protocol than the listener's gets no answer, only dropped connections; a failed TLS
     * handshake gives its reason in its causes, not in Kafka's message.
     */
    private String hint(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return " (no answer within " + timeout.toSeconds() + " s: is Kafka listening there, and does its listener take "
                    + connection.protocol() + "? See KAFKA_SECURITY_PROTOCOL and the KAFKA_SASL_* and KAFKA_SSL_* settings)";
        }
        if (failure instanceof SslAuthenticationException) {
            return innermostCause(failure) + " (does the trust store of KAFKA_SSL_TRUSTSTORE_LOCATION hold the broker's"
                    + " certificate or its CA's, and does the certificate name the host dialled?)";
        }
        return "";
    }

    private static String innermostCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == failure ? "" : ": " + cause.getMessage();
    }

    static IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException("interrupted while provisioning Kafka topics", e);
    }

    private Map<String, Object> adminProperties() {
        Map<String, Object> properties = new HashMap<>(connection.clientProperties());
        properties.put(AdminClientConfig.CLIENT_ID_CONFIG, "shop-topic-provisioner");
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        return properties;
    }
}
