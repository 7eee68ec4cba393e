package com.shop.bench;

import java.util.Arrays;

/** Entry point: {@code java -jar bench/target/shop-bench.jar <benchmark> [--option value ...]}. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            System.out.println("""
                    usage: java -jar bench/target/shop-bench.jar reservations|orders|gateway [options]

                    reservations   drives ReserveStock commands through Kafka against a running inventory service
                      --kafka HOST:PORT       Kafka bootstrap servers (default localhost:9092, env KAFKA_BOOTSTRAP_SERVERS)
                      --inventory URL         inventory service base URL (default http://localhost:8083)
                      --token JWT             an ADMIN's bearer token (env BENCH_TOKEN); by default the bench logs in as
                                              the local admin from --admin-credentials at --users
                      --users URL             user service base URL (default http://localhost:8081)
                      --admin-credentials F   the file ./platform up keeps (default .platform/admin-credentials.txt)
                      --orders N              commands in the throughput phase (default 20000)
                      --seconds S             length of the latency phase (default 20)
                      --rate R                commands/s of the latency phase (default: half the measured throughput)
                      --products P            products the orders spread over (default 50)

                    orders         customers place orders through the gateway; each is timed from its POST to its
                                   OrderConfirmed on orders.events: confirmed orders/s at most, then p50/p99 at a fixed rate
                      --gateway URL           gateway base URL (default http://localhost:8080/api)
                      --kafka HOST:PORT       Kafka bootstrap servers (default localhost:9092, env KAFKA_BOOTSTRAP_SERVERS)
                      --token JWT             an ADMIN's bearer token (env BENCH_TOKEN); by default the bench logs in
                                              through the gateway as the local admin from --admin-credentials
                      --admin-credentials F   the file ./platform up keeps (default .platform/admin-credentials.txt)
                      --platform-home D       the folder ./platform up keeps its pid files in (default .platform): the
                                              max-rate phase prints the CPU time each of its processes used per order
                      --customers N           customers registered and logged in at setup (default 50)
                      --products P            products created with ample stock, the orders spread over (default 50)
                      --seconds S             length of the max-rate phase and of the fixed-rate phase (default 60)
                      --warm-up S             a max-rate phase first, printed apart, not in the figures (default 5)
                      --concurrency C         orders open at once (sent, not yet confirmed) in the max-rate phase
                                              (default 64); the fixed-rate phase allows two seconds' worth open
                      --rate R                orders/s of the fixed-rate phase (default: half the measured maximum)
                                              the gateway limits each client address and user (429): raise
                                              GATEWAY_RATE_LIMIT_* where the platform starts to measure past them

                    gateway        the same public GET straight to the inventory service and through the gateway,
                                   in alternating slices: both throughputs at the same concurrency and their ratio,
                                   then p50/p99 of both at the same fixed rate and the p99 the gateway adds
                      --path P                the request (default /products?size=20)
                      --inventory URL         inventory service base URL (default http://localhost:8083)
                      --gateway URL           gateway base URL (default http://localhost:8080/api)
                      --concurrency C         requests in flight (default 16)
                      --seconds S             measured time per target (default 20)
                      --slices N              alternations of the two targets (default 4)
                      --warm-up S             unmeasured time per target first (default 5)
                      --rate R                requests/s of the fixed-rate phase (default: half the gateway's throughput)
                    """);
            return;
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "reservations" -> new ReservationBenchmark(options).run();
            case "orders" -> new OrderBenchmark(options).run();
            case "gateway" -> new GatewayBenchmark(options).run();
            default -> throw new IllegalArgumentException("unknown benchmark " + args[0] + " (try help)");
        }
    }
}
