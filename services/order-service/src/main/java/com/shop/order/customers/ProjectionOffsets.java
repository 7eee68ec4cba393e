package com.shop.order.customers;

import com.shop.kafka.KafkaConnection;
import com.shop.routes.ShopProperties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where {@code users.events} ends, and how far the customer projection has applied it. The projection's consumer group
 * is shared by every instance of the service, and Camel commits a record's offset only after the record was applied
 * (or dead-lettered): the group's committed offsets say what the shared {@code customers} table holds, whichever
 * instance applied it.
 */
@Component
public class ProjectionOffsets implements AutoCloseable {

    private final Admin admin;
    private final String topic;
    private final String group;
    private final Duration timeout;

    ProjectionOffsets(KafkaConnection connection, @Value("${topics.users-events}") String topic,
                      ShopProperties shop, CustomerProperties properties) {
        this.topic = topic;
        this.group = CustomerRoutes.consumerGroup(shop.serviceName());
        this.timeout = properties.kafkaTimeout();
        int millis = (int) timeout.toMillis();
        Map<String, Object> config = new HashMap<>(connection.clientProperties());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, group + "-offsets");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        this.admin = Admin.create(config);
    }

    /** The offset after the last record of each partition, now. */
    public PartitionOffsets ends() {
        Set<TopicPartition> partitions = get(admin.describeTopics(Set.of(topic)).allTopicNames()).get(topic).partitions().stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .collect(Collectors.toSet());
        return offsets(partitions, OffsetSpec.latest());
    }

    /**
     * Per partition, the offset before which the projection has applied every record: its group's committed offset, or,
     * where the group has committed none, the partition's first offset (nothing before it is left to apply).
     */
    public PartitionOffsets applied(Set<Integer> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        Map<Integer, Long> applied = new HashMap<>();
        Set<TopicPartition> uncommitted = new HashSet<>();
        for (int partition : partitions) {
            OffsetAndMetadata offset = committed.get(new TopicPartition(topic, partition));
            if (offset == null) {
                uncommitted.add(new TopicPartition(topic, partition));
            } else {
                applied.put(partition, offset.offset());
            }
        }
        if (!uncommitted.isEmpty()) {
            applied.putAll(offsets(uncommitted, OffsetSpec.earliest()).byPartition());
        }
        return new PartitionOffsets(applied);
    }

    private PartitionOffsets offsets(Set<TopicPartition> partitions, OffsetSpec spec) {
        var listed = get(admin.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), p -> spec))).all());
        return new PartitionOffsets(listed.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset())));
    }

    private <T> T get(KafkaFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the offsets of " + topic + ": " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("reading the offsets of " + topic + " took longer than " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the offsets of " + topic, e);
        }
    }

    @Override
    public void close() {
        admin.close(timeout);
    }
}
