package com.shop.kafka;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * The topic catalogue: every topic the platform writes or reads, with its key and retention (cleanup policy).
 * Each topic has a dead-letter topic {@code <topic>.DLT} for the records its consumers could not apply.
 */
public enum Topic {

    USERS_EVENTS("users.events", "userId", false, Retention.compacted(Duration.ofDays(7), Duration.ofDays(14))),
    ORDERS_EVENTS("orders.events", "orderId", false, Retention.deleteAfter(Duration.ofDays(7))),
    INVENTORY_COMMANDS("inventory.commands", "orderId", false, Retention.deleteAfter(Duration.ofDays(3))),
    INVENTORY_EVENTS("inventory.events", "orderId or sku", false, Retention.deleteAfter(Duration.ofDays(7))),
    PAYMENTS_COMMANDS("payments.commands", "orderId", false, Retention.deleteAfter(Duration.ofDays(3))),
    PAYMENTS_EVENTS("payments.events", "orderId", false, Retention.deleteAfter(Duration.ofDays(7))),
    NOTIFICATIONS_EVENTS("notifications.events", "notificationId", false, Retention.deleteAfter(Duration.ofDays(30))),
    ORDERS_INBOUND("orders.inbound", "externalReference", true, Retention.deleteAfter(Duration.ofDays(7))),
    INVENTORY_RESTOCK("inventory.restock", "sku", true, Retention.deleteAfter(Duration.ofDays(7)));

    private static final String DEAD_LETTER_SUFFIX = ".DLT";
    private static final Retention DEAD_LETTER_RETENTION = Retention.deleteAfter(Duration.ofDays(14));

    private final String topicName;
    private final String keyDescription;
    private final boolean inbound;
    private final Retention retention;

    Topic(String topicName, String keyDescription, boolean inbound, Retention retention) {
        this.topicName = topicName;
        this.keyDescription = keyDescription;
        this.inbound = inbound;
        this.retention = retention;
    }

    public String topicName() {
        return topicName;
    }

    public String deadLetterTopic() {
        return topicName + DEAD_LETTER_SUFFIX;
    }

    /** What the record key holds: the aggregate id the topic is partitioned by. */
    public String keyDescription() {
        return keyDescription;
    }

    /** True for the topics external systems publish to; their records are untrusted until validated. */
    public boolean inbound() {
        return inbound;
    }

    /**
     * How long the topic keeps its records. users.events is compacted: each record carries an account's whole
     * contact state, so the latest one per user is all a consumer needs to know every account, however old.
     */
    public Retention retention() {
        return retention;
    }

    /** Dead letters stay long enough for operators to inspect and replay them after a holiday. */
    public Retention deadLetterRetention() {
        return DEAD_LETTER_RETENTION;
    }

    public static Optional<Topic> byName(String topicName) {
        return Arrays.stream(values()).filter(topic -> topic.topicName.equals(topicName)).findFirst();
    }
}
