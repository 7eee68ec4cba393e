package com.shop.bench;

import java.util.Arrays;

/** Entry point: {@code java -jar bench/target/shop-bench.jar <benchmark> [--option value ...]}. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
            System.out.println("""
                    usage: java -jar bench/target/shop-bench.jar reservations [options]

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
                    """);
            return;
        }
        Options options = Options.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "reservations" -> new ReservationBenchmark(options).run();
            default -> throw new IllegalArgumentException("unknown benchmark " + args[0] + " (try help)");
        }
    }
}
