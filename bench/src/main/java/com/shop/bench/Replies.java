package com.shop.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Reads the inventory's answers from the end of {@code inventory.events} and times each against its command. */
final class Replies implements AutoCloseable {

    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final AtomicLong lastAnswer = new AtomicLong();
    private final AtomicInteger rejected = new AtomicInteger();
    private volatile CountDownLatch outstanding = new CountDownLatch(0);
    private volatile Latencies latencies = new Latencies();
    private TopicTail events;

    private Replies() {
    }

    static Replies listen(String kafka) {
        Replies replies = new Replies();
        replies.events = TopicTail.follow(kafka, "inventory.events", "bench-replies", Duration.ofMillis(100), replies::read);
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

    private void read(ConsumerRecord<String, String> record) {
        String type = TopicTail.ceType(record);
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

    @Override
    public void close() throws InterruptedException {
        events.close();
    }
}
