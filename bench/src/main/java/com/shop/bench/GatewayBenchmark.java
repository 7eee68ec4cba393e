package com.shop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * What the gateway costs: the same public GET straight to the inventory service and through the gateway, in
 * alternating slices, so both see the same machine. First with the same number of requests in flight: both
 * throughputs and their ratio. Then at the same fixed rate, one both sustain: the latency the gateway adds, without
 * the queueing that a saturated machine adds to every request.
 */
final class GatewayBenchmark {

    private final URI direct;
    private final URI throughGateway;
    private final int concurrency;
    private final int seconds;
    private final int slices;
    private final int warmUpSeconds;
    private final int rate;

    GatewayBenchmark(Options options) {
        String path = options.text("path", null, "/products?size=20");
        this.direct = URI.create(options.text("inventory", null, "http://localhost:8083") + path);
        this.throughGateway = URI.create(options.text("gateway", null, "http://localhost:8080/api") + path);
        this.concurrency = options.number("concurrency", 16);
        this.seconds = options.number("seconds", 20);
        this.slices = Math.max(1, options.number("slices", 4));
        this.warmUpSeconds = options.number("warm-up", 5);
        this.rate = options.number("rate", 0);
    }

    void run() throws InterruptedException {
        HttpClient http = Gateway.client();
        System.out.printf("GET %s against GET %s: %d in flight, %d s each in %d alternating slices%n",
                direct, throughGateway, concurrency, seconds, slices);
        new ClosedLoop(http, direct).run(concurrency, Duration.ofSeconds(warmUpSeconds));
        new ClosedLoop(http, throughGateway).run(concurrency, Duration.ofSeconds(warmUpSeconds));
        ClosedLoop inventory = new ClosedLoop(http, direct);
        ClosedLoop gateway = new ClosedLoop(http, throughGateway);
        Duration slice = Duration.ofMillis(seconds * 1000L / slices);
        for (int i = 0; i < slices; i++) {
            inventory.run(concurrency, slice);
            gateway.run(concurrency, slice);
        }
        System.out.println();
        print("direct", inventory.perSecond(), inventory.latencies(), inventory.failed());
        print("gateway", gateway.perSecond(), gateway.latencies(), gateway.failed());
        System.out.printf("throughput ratio gateway/direct: %.2f (target 0.85 or more)%n", gateway.perSecond() / inventory.perSecond());
        System.out.printf("p99 added by the gateway at full load, queueing included: %.1f ms%n",
                gateway.latencies().percentileMillis(0.99) - inventory.latencies().percentileMillis(0.99));
        double perSecond = rate > 0 ? rate : Math.max(1, Math.round(gateway.perSecond() / 2));
        System.out.printf("%nat a fixed %.0f requests/s (%s), %d s each in %d alternating slices%n", perSecond,
                rate > 0 ? "--rate" : "half the gateway's throughput", seconds, slices);
        FixedRate inventoryAtRate = new FixedRate(http, direct);
        FixedRate gatewayAtRate = new FixedRate(http, throughGateway);
        for (int i = 0; i < slices; i++) {
            inventoryAtRate.run(perSecond, slice);
            gatewayAtRate.run(perSecond, slice);
        }
        print("direct", perSecond, inventoryAtRate.latencies(), inventoryAtRate.failed());
        print("gateway", perSecond, gatewayAtRate.latencies(), gatewayAtRate.failed());
        System.out.printf("p99 added by the gateway: %.1f ms (target 2 ms or less)%n",
                gatewayAtRate.latencies().percentileMillis(0.99) - inventoryAtRate.latencies().percentileMillis(0.99));
    }

    private static void print(String name, double perSecond, Latencies latencies, int failed) {
        System.out.printf("%-8s %7.0f requests/s, %s, failed %d%n", name, perSecond, latencies.summary(), failed);
    }
}
