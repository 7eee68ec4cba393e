package com.shop.platform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.platform.embedded.EmbeddedPostgresServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The order saga across the real services, each its own process, with the payment sandbox as the provider. */
@ExtendWith(ServicesStoppedAtEnd.class)
class OrderSagaIT {

    private static final Set<String> FINAL = Set.of("CONFIRMED", "CANCELLED", "FAILED");
    private static final RunningServices SERVICES = RunningServices.get();
    private static final ShopClient CLIENT = new ShopClient(SERVICES);
    private static String sandbox;
    private static String admin;

    @BeforeAll
    static void startTheServices() throws Exception {
        sandbox = SERVICES.ensurePaymentSandbox();
        SERVICES.ensureRunning(List.of("user-service", "inventory-service", "payment-service", "order-service"));
        admin = CLIENT.admin();
    }

    @Test
    void anOrderIsConfirmedChargedOnceAndDeductedFromStock() throws Exception {
        String sku = product(5, "19.90");
        String customer = CLIENT.newCustomer();

        String orderId = place(customer, List.of(line(sku, 2)), "tok_visa");

        JsonNode order = CLIENT.awaitFinal(customer, orderId);
        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("39.80");
        CLIENT.awaitStockOnHand(sku, 3);
        assertThat(CLIENT.product(sku).get("reserved").asInt()).isZero();
        List<JsonNode> charges = chargesOf(orderId);
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).get("amount").decimalValue()).isEqualByComparingTo("39.80");
    }

    @Test
    void aDeclinedCardReleasesTheStockAndCancelsTheOrder() throws Exception {
        String sku = product(4, "5.00");
        String customer = CLIENT.newCustomer();

        String orderId = place(customer, List.of(line(sku, 3)), "tok_chargeDeclined");

        JsonNode order = CLIENT.awaitFinal(customer, orderId);
        assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(order.get("history").toString()).containsIgnoringCase("declined");
        await().atMost(Duration.ofSeconds(30)).until(() -> CLIENT.product(sku).get("reserved").asInt() == 0);
        CLIENT.awaitStockOnHand(sku, 4);
        assertThat(chargesOf(orderId)).isEmpty();
    }

    @Test
    void whenTwoOrdersRaceForTheLastUnitTheLoserIsRefusedOrCancelledWithoutACharge() throws Exception {
        String scarce = product(1, "7.00");
        String plenty = product(50, "1.00");
        String customer = CLIENT.newCustomer();
        String first = place(customer, List.of(line(scarce, 1)), "tok_visa");
        Optional<String> second = placeUnlessOutOfStock(customer, List.of(line(plenty, 2), line(scarce, 1)), "tok_visa");

        assertThat(CLIENT.awaitFinal(customer, first).get("status").asText()).isEqualTo("CONFIRMED");
        if (second.isPresent()) {
            JsonNode loser = CLIENT.awaitFinal(customer, second.get());
            assertThat(loser.get("status").asText()).isEqualTo("CANCELLED");
            assertThat(loser.get("history").toString()).contains(scarce);
            assertThat(chargesOf(second.get())).isEmpty();
        }
        assertThat(CLIENT.product(plenty).get("reserved").asInt()).isZero();
        CLIENT.awaitStockOnHand(plenty, 50);
        CLIENT.awaitStockOnHand(scarce, 0);
    }

    @Test
    void cancellingAConfirmedOrderRefundsItAndPutsTheStockBack() throws Exception {
        String sku = product(6, "12.00");
        String customer = CLIENT.newCustomer();
        String orderId = place(customer, List.of(line(sku, 2)), "tok_visa");
        assertThat(CLIENT.awaitFinal(customer, orderId).get("status").asText()).isEqualTo("CONFIRMED");

        HttpResponse<String> cancel = CLIENT.cancel(customer, orderId);
        assertThat(cancel.statusCode()).isLessThan(300);

        await().atMost(Duration.ofSeconds(60)).until(() -> CLIENT.order(customer, orderId).get("status").asText().equals("CANCELLED"));
        CLIENT.awaitStockOnHand(sku, 6);
        List<JsonNode> charges = chargesOf(orderId);
        assertThat(charges).hasSize(1);
        assertThat(charges.get(0).get("status").asText()).isEqualTo("refunded");
    }

    @Test
    void anOrderWhosePaymentServiceIsKilledMidSagaCompletesAfterItRestarts() throws Exception {
        String sku = product(5, "4.00");
        String customer = CLIENT.newCustomer();
        SERVICES.kill("payment-service");

        String orderId = place(customer, List.of(line(sku, 1)), "tok_visa");
        await().atMost(Duration.ofSeconds(30)).until(() -> CLIENT.order(customer, orderId).get("history").toString()
                .contains("stock reserved"));
        assertThat(CLIENT.order(customer, orderId).get("status").asText()).isEqualTo("PENDING");
        SERVICES.ensureRunning("payment-service");

        assertThat(CLIENT.awaitFinal(customer, orderId).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(chargesOf(orderId)).hasSize(1);
        CLIENT.awaitStockOnHand(sku, 4);
    }

    @Test
    void theSameIdempotencyKeyPlacesOneOrder() throws Exception {
        String sku = product(10, "3.00");
        String customer = CLIENT.newCustomer();
        String key = UUID.randomUUID().toString();

        HttpResponse<String> first = CLIENT.placeOrder(customer, key, List.of(line(sku, 1)), "tok_visa");
        HttpResponse<String> again = CLIENT.placeOrder(customer, key, List.of(line(sku, 1)), "tok_visa");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(ShopClient.json(again).get("id").asText()).isEqualTo(ShopClient.json(first).get("id").asText());
        CLIENT.awaitFinal(customer, ShopClient.json(first).get("id").asText());
        CLIENT.awaitStockOnHand(sku, 9);
    }

    @Test
    void twoHundredConcurrentOrdersOverScarceStockAllEndConsistent() throws Exception {
        Random random = new Random(7);
        Map<String, Integer> initial = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            initial.put(product(6, "2.50"), 6);
        }
        List<String> skus = List.copyOf(initial.keySet());
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            customers.add(CLIENT.newCustomer());
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<String[]>> placed = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String customer = customers.get(i % customers.size());
            List<Map<String, Object>> lines = new ArrayList<>();
            for (String sku : pick(skus, 1 + random.nextInt(3), random)) {
                lines.add(line(sku, 1 + random.nextInt(2)));
            }
            String card = random.nextInt(10) == 0 ? "tok_chargeDeclined" : "tok_visa";
            placed.add(pool.submit(() -> placeUnlessOutOfStock(customer, lines, card)
                    .map(orderId -> new String[] {customer, orderId}).orElse(null)));
        }
        pool.shutdown();
        Map<String, String> statusByOrder = new HashMap<>();
        for (Future<String[]> future : placed) {
            String[] customerAndOrder = future.get();
            if (customerAndOrder != null) {
                JsonNode order = CLIENT.awaitFinal(customerAndOrder[0], customerAndOrder[1]);
                statusByOrder.put(customerAndOrder[1], order.get("status").asText());
            }
        }

        assertThat(statusByOrder.values()).as("every order reached a final state").allMatch(FINAL::contains)
                .doesNotContain("FAILED").contains("CONFIRMED", "CANCELLED");
        Map<String, JsonNode> chargesByOrder = new HashMap<>();
        for (JsonNode charge : CLIENT.charges(sandbox)) {
            assertThat(chargesByOrder.put(charge.get("idempotencyKey").asText(), charge)).as("one charge per order").isNull();
        }
        statusByOrder.forEach((order, status) -> {
            JsonNode charge = chargesByOrder.get(order);
            if (status.equals("CONFIRMED")) {
                assertThat(charge).as("confirmed order %s is charged", order).isNotNull();
                assertThat(charge.get("status").asText()).isEqualTo("succeeded");
            } else if (charge != null) {
                assertThat(charge.get("status").asText()).as("cancelled order %s is refunded", order).isEqualTo("refunded");
            }
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> reservedUnits(skus) == 0);
        for (String sku : skus) {
            int[] level = stockLevel(sku);
            assertThat(level[0] + level[1]).as("stock of %s is conserved (on hand + sold)", sku).isEqualTo(initial.get(sku));
            assertThat(level[0]).as("never oversold").isGreaterThanOrEqualTo(0);
        }
    }

    private static String product(int stock, String price) throws Exception {
        String sku = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        CLIENT.createProduct(admin, sku, stock, price);
        return sku;
    }

    private static Map<String, Object> line(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }

    private static String place(String customer, List<Map<String, Object>> lines, String card) throws Exception {
        return placeUnlessOutOfStock(customer, lines, card)
                .orElseThrow(() -> new AssertionError("the order was refused as out of stock before its saga started"));
    }

    /** Places an order; empty when the availability pre-check already refused it as out of stock (409). */
    private static Optional<String> placeUnlessOutOfStock(String customer, List<Map<String, Object>> lines, String card)
            throws Exception {
        HttpResponse<String> response = CLIENT.placeOrder(customer, UUID.randomUUID().toString(), lines, card);
        if (response.statusCode() == 409) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            return Optional.empty();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).isPresent();
        return Optional.of(ShopClient.json(response).get("id").asText());
    }

    private static List<JsonNode> chargesOf(String orderId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        CLIENT.charges(sandbox).forEach(charge -> {
            if (orderId.equals(charge.get("idempotencyKey").asText())) {
                found.add(charge);
            }
        });
        return found;
    }

    private static List<String> pick(List<String> skus, int count, Random random) {
        List<String> shuffled = new ArrayList<>(skus);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, count);
    }

    private static int reservedUnits(List<String> skus) throws Exception {
        int total = 0;
        for (String sku : skus) {
            total += CLIENT.product(sku).get("reserved").asInt();
        }
        return total;
    }

    /** On hand and sold, read from the inventory's own database (sold is not part of its API). */
    private static int[] stockLevel(String sku) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVICES.jdbcUrl("inventory-service"), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery("SELECT on_hand, sold FROM products WHERE sku = '" + sku + "'")) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2)};
        }
    }
}
