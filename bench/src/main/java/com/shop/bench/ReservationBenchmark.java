package com.shop.bench;

import com.shop.kafka.CloudEventHeaders;
import com.shop.kafka.EventCodec;
import com.shop.kafka.EventTypes;
import com.shop.kafka.events.ReleaseStock;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ReserveStock;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * Reservations through Kafka against a running inventory service: first as fast as it takes them
 * (reservations/s), then at a steady rate (command→reply latency). Orders are released afterwards so
 * the benchmark products end with the stock they started with.
 */
final class ReservationBenchmark {

    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(2);

    private final String kafka;
    private final String inventory;
    private final String token;
    private final String users;
    private final String credentials;
    private final int orders;
    private final int seconds;
    private final int fixedRate;
    private final int productCount;
    private final EventCodec codec = new EventCodec();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    ReservationBenchmark(Options options) {
        this.kafka = options.text("kafka", "KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
        this.inventory = options.text("inventory", null, "http://localhost:8083");
        this.token = options.text("token", "BENCH_TOKEN", null);
        this.users = options.text("users", null, "http://localhost:8081");
        this.credentials = options.text("admin-credentials", null, ".platform/admin-credentials.txt");
        this.orders = options.number("orders", 20_000);
        this.seconds = options.number("seconds", 20);
        this.fixedRate = options.number("rate", 0);
        this.productCount = options.number("products", 50);
    }

    void run() throws Exception {
        String adminToken = token != null ? token : AdminLogin.token(users, Path.of(credentials));
        List<String> skus = new Catalogue(inventory, adminToken).createBenchProducts(run, productCount, 100_000_000);
        System.out.printf("benchmark %s: %d products, Kafka %s, inventory %s%n", run, skus.size(), kafka, inventory);
        try (KafkaProducer<String, String> producer = producer();
             Replies replies = Replies.listen(kafka)) {
            List<String> placed = new ArrayList<>();
            phase("warm-up", producer, replies, skus, Math.min(2_000, orders), 0, placed);
            Result throughput = phase("throughput", producer, replies, skus, orders, 0, placed);
            int rate = fixedRate > 0 ? fixedRate : Math.max(1, (int) (throughput.perSecond() / 2));
            Result latency = phase("latency at " + rate + "/s", producer, replies, skus, rate * seconds, rate, placed);
            System.out.println();
            System.out.printf("reservations/s (max throughput): %.0f%n", throughput.perSecond());
            System.out.printf("latency at %d/s: %s%n", rate, latency.latencies().summary());
            System.out.printf("rejected: %d (should be 0: the benchmark products have ample stock)%n",
                    throughput.rejected() + latency.rejected());
            release(producer, placed);
        }
    }

    private Result phase(String name, KafkaProducer<String, String> producer, Replies replies, List<String> skus,
                         int count, int ratePerSecond, List<String> placed) throws InterruptedException {
        Latencies latencies = new Latencies();
        replies.expect(count, latencies);
        long start = System.nanoTime();
        long interval = ratePerSecond > 0 ? 1_000_000_000L / ratePerSecond : 0;
        for (int i = 0; i < count; i++) {
            if (interval > 0) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            String orderId = "bench-" + run + "-" + placed.size();
            placed.add(orderId);
            String sku = skus.get(placed.size() % skus.size());
            replies.sent(orderId);
            send(producer, orderId, new ReserveStock(orderId, List.of(new ReservationLine(sku, 1))));
        }
        producer.flush();
        if (!replies.awaitAll(ANSWER_TIMEOUT)) {
            throw new IllegalStateException(name + ": only " + latencies.count() + " of " + count + " answers arrived");
        }
        double elapsed = (replies.lastAnswerNanos() - start) / 1e9;
        Result result = new Result(count / elapsed, latencies, replies.rejected());
        System.out.printf("%-24s %7d reservations in %5.1f s = %7.0f/s, %s%n", name, count, elapsed, result.perSecond(),
                latencies.summary());
        return result;
    }

    private void release(KafkaProducer<String, String> producer, List<String> placed) {
        for (String orderId : placed) {
            send(producer, orderId, new ReleaseStock(orderId, "benchmark finished"));
        }
        producer.flush();
        System.out.printf("released %d benchmark reservations%n", placed.size());
    }

    private void send(KafkaProducer<String, String> producer, String key, Record command) {
        var type = EventTypes.of(command.getClass());
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic().topicName(), key, codec.toJson(command));
        Map.of(CloudEventHeaders.ID, UUID.randomUUID().toString(), CloudEventHeaders.TYPE, type.ceType(),
                        CloudEventHeaders.SOURCE, "bench", CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE,
                        CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_VALUE)
                .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        producer.send(record);
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 2,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    private record Result(double perSecond, Latencies latencies, int rejected) {
    }
}
