package com.shop.bench;

import com.shop.kafka.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Follows a topic from its end on a thread of its own, handing each new record to a handler until closed: how the
 * benchmarks see the platform's answers without a consumer group.
 */
final class TopicTail implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Duration pollTimeout;
    private final Consumer<ConsumerRecord<String, String>> onRecord;
    private final Thread reader;
    private volatile boolean running = true;

    private TopicTail(KafkaConsumer<String, String> consumer, Duration pollTimeout,
                      Consumer<ConsumerRecord<String, String>> onRecord, String threadName) {
        this.consumer = consumer;
        this.pollTimeout = pollTimeout;
        this.onRecord = onRecord;
        this.reader = new Thread(this::read, threadName);
    }

    /** Starts following {@code topic}: every record published after this returns reaches {@code onRecord}. */
    static TopicTail follow(String kafka, String topic, String threadName, Duration pollTimeout,
                            Consumer<ConsumerRecord<String, String>> onRecord) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        TopicTail tail = new TopicTail(consumer, pollTimeout, onRecord, threadName);
        tail.reader.start();
        return tail;
    }

    /** The record's CloudEvents type, or null. */
    static String ceType(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void read() {
        while (running) {
            for (ConsumerRecord<String, String> record : consumer.poll(pollTimeout)) {
                onRecord.accept(record);
            }
        }
        consumer.close();
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join();
    }
}
