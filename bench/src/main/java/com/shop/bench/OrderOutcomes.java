package com.shop.bench;

import com.shop.kafka.CloudEventHeaders;
import com.shop.kafka.EventTypes;
import com.shop.kafka.events.OrderCancelled;
import com.shop.kafka.events.OrderConfirmed;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code orders.events} from its end and ends each benchmark order at its {@code OrderConfirmed} or
 * {@code OrderCancelled}, timed from the moment the order was sent to the gateway. An event can overtake the
 * 202 that announces its order; it then waits here, if it is one of our customers', until the order is known.
 */
final class OrderOutcomes implements AutoCloseable {

    private static final String CONFIRMED = EventTypes.of(OrderConfirmed.class).ceType();
    private static final String CANCELLED = EventTypes.of(OrderCancelled.class).ceType();

    private final KafkaConsumer<String, String> consumer;
    private final Set<String> customerIds;
    private final Map<String, Pending> pending = new HashMap<>();
    private final Map<String, Ended> early = new HashMap<>();
    private final Thread reader;
    private volatile boolean running = true;

    private record Pending(long sentNanos, OrderPhase phase, Runnable onEnd) {
    }

    private record Ended(long atNanos, boolean confirmed) {
    }

    private OrderOutcomes(KafkaConsumer<String, String> consumer, Set<String> customerIds) {
        this.consumer = consumer;
        this.customerIds = customerIds;
        this.reader = new Thread(this::read, "bench-order-events");
    }

    static OrderOutcomes listen(String kafka, Set<String> customerIds) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        List<TopicPartition> partitions = consumer.partitionsFor("orders.events").stream()
                .map(p -> new TopicPartition("orders.events", p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        OrderOutcomes outcomes = new OrderOutcomes(consumer, customerIds);
        outcomes.reader.start();
        return outcomes;
    }

    /** An order the gateway accepted; {@code onEnd} runs once it is confirmed or cancelled. */
    synchronized void accepted(String orderId, long sentNanos, OrderPhase phase, Runnable onEnd) {
        Pending order = new Pending(sentNanos, phase, onEnd);
        Ended ended = early.remove(orderId);
        if (ended == null) {
            pending.put(orderId, order);
        } else {
            end(order, ended);
        }
    }

    synchronized int pending() {
        return pending.size();
    }

    private void read() {
        while (running) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                String type = header(record, CloudEventHeaders.TYPE);
                if (record.key() != null && (CONFIRMED.equals(type) || CANCELLED.equals(type))) {
                    ended(record.key(), record.value(), new Ended(System.nanoTime(), CONFIRMED.equals(type)));
                }
            }
        }
        consumer.close();
    }

    private synchronized void ended(String orderId, String json, Ended ended) {
        Pending order = pending.remove(orderId);
        if (order != null) {
            end(order, ended);
        } else if (customerIds.stream().anyMatch(id -> json.contains("\"" + id + "\""))) {
            early.put(orderId, ended);
        }
    }

    private static void end(Pending order, Ended ended) {
        if (ended.confirmed()) {
            order.phase().latencies.add(ended.atNanos() - order.sentNanos());
            order.phase().confirmed.incrementAndGet();
        } else {
            order.phase().cancelled.incrementAndGet();
        }
        order.onEnd().run();
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
