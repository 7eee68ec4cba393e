package com.shop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Keeps {@code concurrency} requests for one URL in flight for a while, each sent as the previous one answers. */
final class ClosedLoop {

    private final HttpClient http;
    private final HttpRequest request;
    private final Latencies latencies = new Latencies();
    private final AtomicInteger failed = new AtomicInteger();
    private long elapsedNanos;

    ClosedLoop(HttpClient http, URI uri) {
        this.http = http;
        this.request = HttpRequest.newBuilder(uri).timeout(Gateway.REQUEST_TIMEOUT).GET().build();
    }

    /** Adds one slice of {@code duration} with {@code concurrency} requests in flight to this loop's figures. */
    void run(int concurrency, Duration duration) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        CountDownLatch finished = new CountDownLatch(concurrency);
        for (int i = 0; i < concurrency; i++) {
            next(deadline, finished);
        }
        if (!finished.await(duration.plus(Gateway.REQUEST_TIMEOUT).toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("requests to " + request.uri() + " did not finish");
        }
        elapsedNanos += System.nanoTime() - start;
    }

    private void next(long deadline, CountDownLatch finished) {
        long sent = System.nanoTime();
        if (sent >= deadline) {
            finished.countDown();
            return;
        }
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            if (failure == null && response.statusCode() == 200) {
                latencies.add(System.nanoTime() - sent);
            } else {
                failed.incrementAndGet();
            }
            next(deadline, finished);
        });
    }

    double perSecond() {
        return elapsedNanos == 0 ? 0 : latencies.count() / (elapsedNanos / 1e9);
    }

    Latencies latencies() {
        return latencies;
    }

    int failed() {
        return failed.get();
    }
}
