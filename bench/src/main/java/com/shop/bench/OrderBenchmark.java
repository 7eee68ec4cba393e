package com.shop.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Orders through the gateway by many logged-in customers, each timed from its POST to its {@code OrderConfirmed}
 * on Kafka: first as fast as the platform confirms them with at most {@code --concurrency} orders open, then at a
 * fixed rate with up to two seconds' worth of orders open. Outcomes come from {@code orders.events} rather than polling, so measuring adds no load.
 */
final class OrderBenchmark {

    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);
    private static final long TICK_NANOS = 1_000_000_000L;

    private final String kafka;
    private final Gateway gateway;
    private final String token;
    private final String credentials;
    private final int customerCount;
    private final int productCount;
    private final int seconds;
    private final int warmUpSeconds;
    private final int fixedRate;
    private final int concurrency;
    private final PlatformCpu cpu;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    OrderBenchmark(Options options) {
        this.kafka = options.text("kafka", "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        this.gateway = new Gateway(options.text("gateway", null, "http://localhost:8080/api"));
        this.token = options.text("token", "BENCH_TOKEN", null);
        this.credentials = options.text("admin-credentials", null, ".platform/admin-credentials.txt");
        this.customerCount = options.number("customers", 50);
        this.productCount = options.number("products", 50);
        this.seconds = options.number("seconds", 60);
        this.warmUpSeconds = options.number("warm-up", 5);
        this.fixedRate = options.number("rate", 0);
        this.concurrency = options.number("concurrency", 64);
        this.cpu = new PlatformCpu(Path.of(options.text("platform-home", null, ".platform")));
    }

    void run() throws Exception {
        String adminToken = token != null ? token : AdminLogin.token(gateway.baseUrl(), Path.of(credentials));
        List<String> skus = new Catalogue(gateway.baseUrl(), adminToken).createBenchProducts(run, productCount, 100_000_000);
        List<Customers.Customer> customers = Customers.signUp(gateway, run, customerCount);
        System.out.printf("benchmark %s: %d customers, %d products, gateway %s, Kafka %s%n",
                run, customers.size(), skus.size(), gateway.baseUrl(), kafka);
        Set<String> customerIds = customers.stream().map(Customers.Customer::id).collect(Collectors.toSet());
        try (OrderOutcomes outcomes = OrderOutcomes.listen(kafka, customerIds)) {
            OrderLoad load = new OrderLoad(gateway, outcomes, customers, skus, concurrency);
            if (warmUpSeconds > 0) {
                report(load, maxRate(load, new OrderPhase("warm-up"), warmUpSeconds, false), warmUpSeconds);
            }
            Map<String, Duration> cpuBefore = cpu.sample();
            long maxStart = System.nanoTime();
            OrderPhase max = maxRate(load, new OrderPhase("max rate"), seconds, true);
            Map<String, Duration> cpuAfter = cpu.sample();
            Duration maxWall = Duration.ofNanos(System.nanoTime() - maxStart);
            double maxPerSecond = report(load, max, seconds);
            PlatformCpu.perUnit(cpuBefore, cpuAfter, maxWall, max.confirmed.get(), "confirmed order").forEach(System.out::println);
            int rate = fixedRate > 0 ? fixedRate : Math.max(1, (int) (maxPerSecond / 2));
            OrderLoad steady = new OrderLoad(gateway, outcomes, customers, skus, Math.max(concurrency, 2 * rate));
            OrderPhase fixed = fixedRate(steady, new OrderPhase("at " + rate + "/s"), rate);
            double fixedPerSecond = report(steady, fixed, seconds);
            System.out.println();
            System.out.printf("confirmed orders/s (max rate, %d open at most): %.0f (target 1,000 for 60 s)%n", concurrency, maxPerSecond);
            System.out.printf("at %d/s offered: %.0f confirmed/s, placement to CONFIRMED %s (target p99 250 ms at 500/s)%n",
                    rate, fixedPerSecond, fixed.latencies.summary());
        }
    }

    private OrderPhase maxRate(OrderLoad load, OrderPhase phase, int phaseSeconds, boolean tick) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + phaseSeconds * TICK_NANOS;
        long nextTick = start + TICK_NANOS;
        int lastConfirmed = 0;
        while (System.nanoTime() < deadline) {
            if (load.tryOpen(100, TimeUnit.MILLISECONDS)) {
                load.place(phase);
            }
            if (tick && System.nanoTime() >= nextTick) {
                int confirmed = phase.confirmed.get();
                System.out.printf("  %3d s  %6d confirmed/s%n", (nextTick - start) / TICK_NANOS, confirmed - lastConfirmed);
                lastConfirmed = confirmed;
                nextTick += TICK_NANOS;
            }
        }
        return phase;
    }

    private OrderPhase fixedRate(OrderLoad load, OrderPhase phase, int rate) throws InterruptedException {
        long start = System.nanoTime();
        long interval = TICK_NANOS / rate;
        long count = (long) rate * seconds;
        for (long i = 0; i < count; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (load.tryOpen(0, TimeUnit.MILLISECONDS)) {
                load.place(phase);
            } else {
                phase.shed.incrementAndGet();
            }
        }
        return phase;
    }

    /** Confirmations inside the phase's window per second; then waits for its stragglers and prints the phase. */
    private double report(OrderLoad load, OrderPhase phase, int phaseSeconds) throws InterruptedException {
        double perSecond = phase.confirmed.get() / (double) phaseSeconds;
        long drainUntil = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (load.openOrders() > 0 && System.nanoTime() < drainUntil) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        System.out.printf("%-12s placed %6d, confirmed %6d (%.0f/s in the window), cancelled %d, still open %d, "
                        + "not sent (too many open) %d, refused %s%n  placement to CONFIRMED: %s%n",
                phase.name, phase.placed.get(), phase.confirmed.get(), perSecond, phase.cancelled.get(),
                load.openOrders(), phase.shed.get(), phase.refusals(), phase.latencies.summary());
        return perSecond;
    }
}
