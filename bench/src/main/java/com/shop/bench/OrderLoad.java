package com.shop.bench;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Sends orders, round-robin over customers and products, keeping the number of open orders bounded. */
final class OrderLoad {

    private final Gateway gateway;
    private final OrderOutcomes outcomes;
    private final List<Customers.Customer> customers;
    private final List<String> skus;
    private final int capacity;
    private final Semaphore open;
    private final AtomicLong sequence = new AtomicLong();

    OrderLoad(Gateway gateway, OrderOutcomes outcomes, List<Customers.Customer> customers, List<String> skus, int capacity) {
        this.gateway = gateway;
        this.outcomes = outcomes;
        this.customers = customers;
        this.skus = skus;
        this.capacity = capacity;
        this.open = new Semaphore(capacity);
    }

    /** Orders sent and not yet confirmed, cancelled or refused. */
    int openOrders() {
        return capacity - open.availablePermits();
    }

    boolean tryOpen(long timeout, TimeUnit unit) throws InterruptedException {
        return open.tryAcquire(timeout, unit);
    }

    void place(OrderPhase phase) {
        long n = sequence.getAndIncrement();
        Customers.Customer customer = customers.get((int) (n % customers.size()));
        String sku = skus.get((int) (n % skus.size()));
        String body = """
                {"lines":[{"sku":"%s","quantity":1}],"paymentMethod":"tok_visa","shippingAddress":\
                {"recipient":"Bench Customer","line1":"1 Main Street","city":"Berlin","postalCode":"10115","country":"DE"}}"""
                .formatted(sku);
        long sent = System.nanoTime();
        gateway.post("/orders", customer.token(), "bench-" + UUID.randomUUID(), body)
                .whenComplete((response, failure) -> accepted(phase, sent, response, failure));
    }

    private void accepted(OrderPhase phase, long sent, HttpResponse<String> response, Throwable failure) {
        String orderId = failure == null ? Gateway.id(response.body()) : null;
        if (failure != null || response.statusCode() != 202 || orderId == null) {
            phase.refused(failure != null ? failure.getClass().getSimpleName() : "HTTP " + response.statusCode());
            open.release();
            return;
        }
        phase.placed.incrementAndGet();
        outcomes.accepted(orderId, sent, phase, open::release);
    }
}
