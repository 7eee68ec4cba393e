package com.shop.bench;

import com.shop.kafka.EventTypes;
import com.shop.kafka.events.OrderCancelled;
import com.shop.kafka.events.OrderConfirmed;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.util.HashMap;
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

    private final Set<String> customerIds;
    private final Map<String, Pending> pending = new HashMap<>();
    private final Map<String, Ended> early = new HashMap<>();
    private TopicTail events;

    private record Pending(long sentNanos, OrderPhase phase, Runnable onEnd) {
    }

    private record Ended(long atNanos, boolean confirmed) {
    }

    private OrderOutcomes(Set<String> customerIds) {
        this.customerIds = customerIds;
    }

    static OrderOutcomes listen(String kafka, Set<String> customerIds) {
        OrderOutcomes outcomes = new OrderOutcomes(customerIds);
        outcomes.events = TopicTail.follow(kafka, "orders.events", "bench-order-events", Duration.ofMillis(50), outcomes::read);
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

    private void read(ConsumerRecord<String, String> record) {
        String type = TopicTail.ceType(record);
        if (record.key() != null && (CONFIRMED.equals(type) || CANCELLED.equals(type))) {
            ended(record.key(), record.value(), new Ended(System.nanoTime(), CONFIRMED.equals(type)));
        }
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

    @Override
    public void close() throws InterruptedException {
        events.close();
    }
}
