package com.shop.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What one phase of the order benchmark placed and how those orders ended. */
final class OrderPhase {

    final String name;
    final Latencies latencies = new Latencies();
    final AtomicInteger placed = new AtomicInteger();
    final AtomicInteger confirmed = new AtomicInteger();
    final AtomicInteger cancelled = new AtomicInteger();
    final AtomicInteger shed = new AtomicInteger();
    private final Map<String, Integer> refused = new TreeMap<>();

    OrderPhase(String name) {
        this.name = name;
    }

    synchronized void refused(String why) {
        refused.merge(why, 1, Integer::sum);
    }

    synchronized String refusals() {
        return refused.isEmpty() ? "none" : refused.toString();
    }

    int ended() {
        return confirmed.get() + cancelled.get();
    }
}
