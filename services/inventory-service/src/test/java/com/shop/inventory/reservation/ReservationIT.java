package com.shop.inventory.reservation;

import com.shop.inventory.InventoryIntegrationTest;
import com.shop.kafka.events.OrderCancelled;
import com.shop.kafka.events.OrderConfirmed;
import com.shop.kafka.events.OrderLine;
import com.shop.kafka.events.ReleaseStock;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ReserveStock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static com.shop.platform.embedded.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReservationIT extends InventoryIntegrationTest {

    private static final String EVENTS = "inventory.events";
    private static final String RESERVED = "com.shop.inventory.StockReserved";
    private static final String REJECTED = "com.shop.inventory.StockRejected";
    private static final String RELEASED = "com.shop.inventory.StockReleased";

    @Test
    void fiftyConcurrentReservationsForTenUnitsReserveExactlyTen() throws Exception {
        String sku = unique("SCARCE-");
        createProduct(sku, 10, 0);
        List<String> orders = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            orders.add(unique("order-"));
        }
        publishConcurrently(orders.stream().map(o -> new ReserveStock(o, List.of(new ReservationLine(sku, 1)))).toList());

        Map<String, String> outcomes = awaitOutcomes(orders);
        assertThat(outcomes.values().stream().filter(RESERVED::equals)).hasSize(10);
        assertThat(outcomes.values().stream().filter(REJECTED::equals)).hasSize(40);
        assertThat(stock(sku)).containsEntry("on_hand", 10).containsEntry("reserved", 10);
    }

    @Test
    void overlappingMultiLineOrdersAreAllOrNothingAndNeverOversell() throws Exception {
        String a = unique("MULTI-A-");
        String b = unique("MULTI-B-");
        String c = unique("MULTI-C-");
        createProduct(a, 10, 0);
        createProduct(b, 7, 0);
        createProduct(c, 12, 0);
        Random random = new Random(42);
        List<String> skus = List.of(a, b, c);
        List<ReserveStock> commands = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<ReservationLine> lines = new ArrayList<>();
            for (String sku : skus) {
                if (random.nextBoolean() || lines.isEmpty() && sku.equals(c)) {
                    lines.add(new ReservationLine(sku, 1 + random.nextInt(3)));
                }
            }
            commands.add(new ReserveStock(unique("multi-"), lines));
        }
        publishConcurrently(commands);

        Map<String, String> outcomes = awaitOutcomes(commands.stream().map(ReserveStock::orderId).toList());
        Map<String, Integer> reservedByAccepted = new HashMap<>();
        commands.stream().filter(cmd -> RESERVED.equals(outcomes.get(cmd.orderId())))
                .flatMap(cmd -> cmd.lines().stream())
                .forEach(line -> reservedByAccepted.merge(line.sku(), line.quantity(), Integer::sum));
        for (String sku : skus) {
            Map<String, Object> level = stock(sku);
            assertThat((Integer) level.get("reserved")).as("reserved %s equals the accepted orders' lines", sku)
                    .isEqualTo(reservedByAccepted.getOrDefault(sku, 0))
                    .isLessThanOrEqualTo((Integer) level.get("on_hand"));
        }
        assertThat(outcomes.values()).contains(RESERVED, REJECTED);
    }

    @Test
    void theSameCommandDeliveredTwiceReservesOnce() throws Exception {
        String sku = unique("TWICE-");
        createProduct(sku, 5, 0);
        String order = unique("order-");
        ReserveStock command = new ReserveStock(order, List.of(new ReservationLine(sku, 2)));
        String eventId = UUID.randomUUID().toString();
        publish(order, command, eventId);
        publish(order, command, eventId);

        await().atMost(Duration.ofSeconds(20)).until(() -> !events(EVENTS, order, RESERVED).isEmpty());
        publish(order, command);
        await().atMost(Duration.ofSeconds(20)).until(() -> events(EVENTS, order, RESERVED).size() == 2);
        assertThat(stock(sku)).as("a re-sent command gets the same answer without reserving again").containsEntry("reserved", 2);
        assertThat(events(EVENTS, order, RESERVED)).hasSize(2);
    }

    @Test
    void aRejectionNamesTheShortLinesAndReservesNothing() throws Exception {
        String plenty = unique("PLENTY-");
        String scarce = unique("SHORT-");
        createProduct(plenty, 50, 0);
        createProduct(scarce, 1, 0);
        String order = unique("order-");
        publish(order, new ReserveStock(order, List.of(new ReservationLine(plenty, 5), new ReservationLine(scarce, 3))));

        ConsumerRecord<String, String> rejected = await().atMost(Duration.ofSeconds(20))
                .until(() -> events(EVENTS, order, REJECTED), l -> !l.isEmpty()).get(0);
        assertThat(rejected.value()).contains("\"sku\":\"" + scarce + "\"", "\"requested\":3", "\"available\":1")
                .doesNotContain("\"sku\":\"" + plenty + "\"");
        assertThat(stock(plenty)).containsEntry("reserved", 0);
        assertThat(stock(scarce)).containsEntry("reserved", 0);
    }

    @Test
    void aConfirmedOrderIsDeductedFromStockOnHand() throws Exception {
        String sku = unique("SOLD-");
        createProduct(sku, 8, 0);
        String order = reserve(sku, 3);

        publish(order, new OrderConfirmed(order, "customer-1", List.of(new OrderLine(sku, 3, new BigDecimal("12.50"))),
                new BigDecimal("37.50"), "EUR", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> (Integer) stock(sku).get("sold") == 3);
        assertThat(stock(sku)).containsEntry("on_hand", 5).containsEntry("reserved", 0);
        assertThat(http("GET", "/products/" + sku + "/stock", null).body()).contains("\"reason\":\"sold\"", "\"reference\":\"" + order + "\"");
    }

    @Test
    void anExpiredReservationIsReleased() throws Exception {
        String sku = unique("EXPIRE-");
        createProduct(sku, 4, 0);
        String order = reserve(sku, 4);

        jdbc.update("UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE order_id = ?", order);

        ConsumerRecord<String, String> released = await().atMost(Duration.ofSeconds(20))
                .until(() -> events(EVENTS, order, RELEASED), l -> !l.isEmpty()).get(0);
        assertThat(released.value()).contains("expired");
        assertThat(stock(sku)).containsEntry("reserved", 0).containsEntry("on_hand", 4);
    }

    @Test
    void releaseAndCancellationGiveStockBackOnce() throws Exception {
        String sku = unique("RELEASE-");
        createProduct(sku, 6, 0);
        String released = reserve(sku, 2);
        String cancelledAfterSale = reserve(sku, 3);
        publish(cancelledAfterSale, new OrderConfirmed(cancelledAfterSale, "c", List.of(new OrderLine(sku, 3, BigDecimal.TEN)),
                new BigDecimal("30"), "EUR", Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> (Integer) stock(sku).get("sold") == 3);

        publish(released, new ReleaseStock(released, "payment declined"));
        await().atMost(Duration.ofSeconds(20)).until(() -> events(EVENTS, released, RELEASED).size() == 1);
        String cancellation = publish(released, new OrderCancelled(released, "c", "payment declined", Instant.now(), false));
        publish(cancelledAfterSale, new ReleaseStock(cancelledAfterSale, "customer cancelled"));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM processed_events WHERE event_id = ?", Integer.class, cancellation) == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> events(EVENTS, cancelledAfterSale, RELEASED).size() == 1);
        assertThat(events(EVENTS, released, RELEASED)).as("the cancellation of an order already released answers nothing").hasSize(1);
        assertThat(stock(sku)).containsEntry("on_hand", 6).containsEntry("reserved", 0).containsEntry("sold", 0);
    }

    @Test
    void lowStockIsPublishedOncePerCrossing() throws Exception {
        String sku = unique("LOW-");
        createProduct(sku, 10, 5);
        reserve(sku, 3);
        String crossing = reserve(sku, 3);
        reserve(sku, 1);
        awaitLowStockEvents(sku, 1);

        publish(crossing, new ReleaseStock(crossing, "payment declined"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !events(EVENTS, crossing, RELEASED).isEmpty());
        reserve(sku, 2);

        List<ConsumerRecord<String, String>> alerts = awaitLowStockEvents(sku, 2);
        assertThat(alerts.get(0).value()).contains("\"available\":4", "\"threshold\":5");
        assertThat(alerts.get(1).value()).contains("\"available\":4");
        assertThat(header(alerts.get(0), "ce_source")).isEqualTo("inventory-service");
    }

    @Test
    void aPoisonCommandIsDeadLetteredAndTheNextCommandIsProcessed() throws Exception {
        String sku = unique("POISON-");
        createProduct(sku, 3, 0);
        String poison = unique("poison-");
        KAFKA.send("inventory.commands", poison, "{\"orderId\":\"" + poison + "\",\"lines\":[]}",
                Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "com.shop.inventory.ReserveStock"));
        reserve(sku, 1);

        ConsumerRecord<String, String> letter = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records("inventory.commands.DLT", r -> poison.equals(r.key())), l -> l.size() == 1).get(0);
        assertThat(header(letter, "dlt_reason")).isEqualTo("POISON_RECORD");
        assertThat(header(letter, "dlt_service")).isEqualTo("inventory-service");
        assertThat(header(letter, "dlt_exception_message")).contains("lines");
    }

    private List<ConsumerRecord<String, String>> awaitLowStockEvents(String sku, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> events(EVENTS, sku, "com.shop.inventory.LowStock").size() >= count);
        List<ConsumerRecord<String, String>> alerts = events(EVENTS, sku, "com.shop.inventory.LowStock");
        assertThat(alerts).hasSize(count);
        return alerts;
    }

    private static void publishConcurrently(List<ReserveStock> commands) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        commands.forEach(command -> pool.execute(() -> publish(command.orderId(), command)));
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    private static Map<String, String> awaitOutcomes(List<String> orders) {
        Map<String, String> outcomes = new HashMap<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            KAFKA.records(EVENTS, r -> orders.contains(r.key())).forEach(r -> outcomes.put(r.key(), header(r, "ce_type")));
            return outcomes.keySet().containsAll(orders);
        });
        return outcomes;
    }
}
