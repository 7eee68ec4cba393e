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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Reads the inventory's answers from the end of {@code inventory.events} and times each against its command. */
final class Replies implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final AtomicLong lastAnswer = new AtomicLong();
    private final AtomicInteger rejected = new AtomicInteger();
    private final Thread reader;
    private volatile boolean running = true;
    private volatile CountDownLatch outstanding = new CountDownLatch(0);
    private volatile Latencies latencies = new Latencies();

    private Replies(KafkaConsumer<String, String> consumer) {
        this.consumer = consumer;
        this.reader = new Thread(this::read, "bench-replies");
    }

    static Replies listen(String kafka) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor("inventory.events").stream()
                .map(p -> new TopicPartition("inventory.events", p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        Replies replies = new Replies(consumer);
        replies.reader.start();
        return replies;
    }

    void expect(int count, Latencies into) {
        latencies = into;
        rejected.set(0);
        outstanding = new CountDownLatch(count);
    }

    void sent(String orderId) {
        sentAt.put(orderId, System.nanoTime());
    }

    boolean awaitAll(Duration timeout) throws InterruptedException {
        return outstanding.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    long lastAnswerNanos() {
        return lastAnswer.get();
    }

    int rejected() {
        return rejected.get();
    }

    private void read() {
        while (running) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                String type = header(record, CloudEventHeaders.TYPE);
                boolean answer = "com.shop.inventory.StockReserved".equals(type) || "com.shop.inventory.StockRejected".equals(type);
                Long sent = answer && record.key() != null ? sentAt.remove(record.key()) : null;
                if (sent != null) {
                    long now = System.nanoTime();
                    latencies.add(now - sent);
                    lastAnswer.set(now);
                    if (type.endsWith("StockRejected")) {
                        rejected.incrementAndGet();
                    }
                    outstanding.countDown();
                }
            }
        }
        consumer.close();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        reader.join();
    }
}
