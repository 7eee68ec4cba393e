package com.shop.routes.consumer;

/**
 * How every Kafka consumer of a service stays in its group, checked at start-up: with a heartbeat no shorter than the
 * session timeout the Kafka client refuses to create the consumers, which Camel would only log and retry while the
 * service looked started.
 */
public record GroupMembership(int sessionTimeoutMs, int heartbeatIntervalMs) {

    public GroupMembership {
        if (heartbeatIntervalMs >= sessionTimeoutMs) {
            throw new IllegalStateException("the Kafka consumers' heartbeat (camel.component.kafka.heartbeat-interval-ms, "
                    + heartbeatIntervalMs + " ms) must be shorter than their session timeout (KAFKA_SESSION_TIMEOUT_MS, "
                    + sessionTimeoutMs + " ms); a third of it at most is usual");
        }
    }
}
