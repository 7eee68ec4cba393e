package com.shop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends GETs for one URL at a fixed rate, whatever the answers do, each timed from the moment it was due: a slow
 * answer cannot hold the next requests back and hide its own delay from the figures.
 */
final class FixedRate {

    private final HttpClient http;
    private final HttpRequest request;
    private final Latencies latencies = new Latencies();
    private final AtomicInteger failed = new AtomicInteger();

    FixedRate(HttpClient http, URI uri) {
        this.http = http;
        this.request = HttpRequest.newBuilder(uri).timeout(Gateway.REQUEST_TIMEOUT).GET().build();
    }

    /** Adds one slice of {@code duration} at {@code perSecond} requests/s to this run's figures. */
    void run(double perSecond, Duration duration) throws InterruptedException {
        long interval = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        long requests = duration.toNanos() / interval;
        Phaser answered = new Phaser(1);
        for (long i = 0; i < requests; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            answered.register();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure == null && response.statusCode() == 200) {
                    latencies.add(System.nanoTime() - due);
                } else {
                    failed.incrementAndGet();
                }
                answered.arriveAndDeregister();
            });
        }
        try {
            answered.awaitAdvanceInterruptibly(answered.arrive(), Gateway.REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            throw new IllegalStateException("requests to " + request.uri() + " did not finish", late);
        }
    }

    Latencies latencies() {
        return latencies;
    }

    int failed() {
        return failed.get();
    }
}
