package com.shop.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * What the gateway costs: the same public GET straight to the inventory service and through the gateway, in
 * alternating slices with the same concurrency, so both see the same machine. Prints both throughputs, their
 * ratio and the p99 the gateway adds.
 */
final class GatewayBenchmark {

    private final URI direct;
    private final URI throughGateway;
    private final int concurrency;
    private final int seconds;
    private final int slices;
    private final int warmUpSeconds;

    GatewayBenchmark(Options options) {
        String path = options.text("path", null, "/products?size=20");
        this.direct = URI.create(options.text("inventory", null, "http://localhost:8083") + path);
        this.throughGateway = URI.create(options.text("gateway", null, "http://localhost:8080/api") + path);
        this.concurrency = options.number("concurrency", 16);
        this.seconds = options.number("seconds", 20);
        this.slices = Math.max(1, options.number("slices", 4));
        this.warmUpSeconds = options.number("warm-up", 5);
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
        print("direct", inventory);
        print("gateway", gateway);
        System.out.printf("throughput ratio gateway/direct: %.2f (target 0.85 or more)%n", gateway.perSecond() / inventory.perSecond());
        System.out.printf("p99 added by the gateway: %.1f ms (target 2 ms or less)%n",
                gateway.latencies().percentileMillis(0.99) - inventory.latencies().percentileMillis(0.99));
    }

    private static void print(String name, ClosedLoop loop) {
        System.out.printf("%-8s %7.0f requests/s, %s, failed %d%n", name, loop.perSecond(), loop.latencies().summary(), loop.failed());
    }
}
