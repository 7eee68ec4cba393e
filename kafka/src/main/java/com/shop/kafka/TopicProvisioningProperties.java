package com.shop.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code shop.kafka.*}: whether a service creates the missing topics at start-up, with how many partitions and
 * replicas, and how long it waits for Kafka to answer before its start fails. A setting below one fails the start-up
 * with a message naming it.
 */
@ConfigurationProperties("shop.kafka")
public record TopicProvisioningProperties(@DefaultValue("true") boolean provisionTopics,
                                          @DefaultValue("6") int partitions,
                                          @DefaultValue("1") short replicationFactor,
                                          @DefaultValue("30s") Duration provisioningTimeout) {

    public TopicProvisioningProperties {
        if (partitions < 1) {
            throw new IllegalArgumentException("shop.kafka.partitions must be at least 1, was " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("shop.kafka.replication-factor must be at least 1, was " + replicationFactor);
        }
        if (provisioningTimeout.isNegative() || provisioningTimeout.isZero()) {
            throw new IllegalArgumentException("shop.kafka.provisioning-timeout must be positive, was " + provisioningTimeout);
        }
    }
}
