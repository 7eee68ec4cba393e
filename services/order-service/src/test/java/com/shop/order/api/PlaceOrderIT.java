package com.shop.order.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.order.OrderIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceOrderIT extends OrderIntegrationTest {

    @Test
    void anOrderIsConfirmedOnceItsStockIsReservedAndItsPaymentAuthorizedAtCataloguePrices() {
        String lamp = product("LAMP-", "12.50");
        String mug = product("MUG-", "3.20");
        String customer = unique("customer-");
        String token = TOKENS.customer(customer);
        String body = orderJson("tok_visa", """
                {"sku":"%s","quantity":2,"unitPrice":0.01}""".formatted(lamp), line(mug, 3));

        HttpResponse<String> accepted = send("POST", "/orders", token, body, Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String orderId = accepted.headers().firstValue("Location").orElseThrow().substring("/orders/".length());
        assertThat(json(accepted.body()).get("status").asText()).isEqualTo("PENDING");
        assertThat(accepted.headers().firstValue("Authorization")).as("the token is not echoed").isEmpty();

        JsonNode confirmed = awaitStatus(token, orderId, "CONFIRMED");
        assertThat(confirmed.get("customerId").asText()).isEqualTo(customer);
        assertThat(confirmed.get("total").decimalValue()).isEqualByComparingTo("34.60");
        assertThat(confirmed.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(confirmed.has("paymentMethod")).isFalse();
        assertThat(steps(confirmed)).containsExactly("RESERVING_STOCK", "AUTHORIZING_PAYMENT", "CONFIRMED");
        confirmed.get("history").forEach(change -> assertThat(change.get("reason").asText()).isNotBlank());
        confirmed.get("history").forEach(change -> assertThat(change.get("at").asText()).isNotBlank());

        List<ConsumerRecord<String, String>> authorizations = records(PAYMENTS_COMMANDS, orderId, "com.shop.payment.AuthorizePayment");
        assertThat(authorizations).hasSize(1);
        assertThat(json(authorizations.get(0).value()).get("amount").decimalValue()).isEqualByComparingTo("34.60");
        assertThat(records(INVENTORY_COMMANDS, orderId, "com.shop.inventory.ReserveStock")).hasSize(1);
        assertThat(records(ORDERS_EVENTS, orderId, "com.shop.order.OrderPlaced")).hasSize(1);

        JsonNode event = json(awaitRecords(ORDERS_EVENTS, orderId, "com.shop.order.OrderConfirmed", 1).get(0).value());
        assertThat(event.get("customerId").asText()).isEqualTo(customer);
        assertThat(event.get("total").decimalValue()).isEqualByComparingTo(new BigDecimal("34.60"));
        assertThat(event.get("currency").asText()).isEqualTo("EUR");
        assertThat(event.get("lines")).hasSize(2);
        assertThat(event.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(event.get("lines").get(1).get("unitPrice").decimalValue()).isEqualByComparingTo("3.20");
    }

    @Test
    void theSameIdempotencyKeyPlacesOneOrderEvenWhenRetriedConcurrently() {
        String token = newCustomer();
        String body = orderJson("tok_visa", line(product("KEY-", "9.99"), 1));
        Map<String, String> key = Map.of("Idempotency-Key", unique("checkout-"));

        List<CompletableFuture<HttpResponse<String>>> attempts = new ArrayList<>();
        IntStream.range(0, 4).forEach(i -> attempts.add(CompletableFuture.supplyAsync(() -> send("POST", "/orders", token, body, key))));
        List<HttpResponse<String>> responses = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(202));
        assertThat(responses.stream().map(r -> r.headers().firstValue("Location").orElseThrow()).distinct()).hasSize(1);
        assertThat(responses.stream().filter(r -> r.headers().firstValue("Idempotent-Replayed").orElse("").equals("false"))).hasSize(1);
        String orderId = responses.get(0).headers().firstValue("Location").orElseThrow().substring("/orders/".length());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE idempotency_key = ?", Integer.class, key.get("Idempotency-Key")))
                .isEqualTo(1);

        awaitStatus(token, orderId, "CONFIRMED");
        HttpResponse<String> later = send("POST", "/orders", token, body, key);
        assertThat(later.headers().firstValue("Location")).hasValue("/orders/" + orderId);
        assertThat(json(later.body()).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(records(INVENTORY_COMMANDS, orderId, "com.shop.inventory.ReserveStock")).hasSize(1);
    }

    @Test
    void anIdempotencyKeyReusedForADifferentOrderIsAConflict() {
        String token = newCustomer();
        Map<String, String> key = Map.of("Idempotency-Key", unique("checkout-"));
        String sku = product("REUSE-", "5.00");
        place(token, orderJson("tok_visa", line(sku, 1)));
        assertThat(send("POST", "/orders", token, orderJson("tok_visa", line(sku, 1)), key).statusCode()).isEqualTo(202);

        HttpResponse<String> different = send("POST", "/orders", token, orderJson("tok_visa", line(sku, 2)), key);
        assertThat(different.statusCode()).isEqualTo(409);
        assertThat(different.body()).contains(key.get("Idempotency-Key"));
    }

    @Test
    void customersSeeOnlyTheirOwnOrdersAndAdminsSeeEveryone() {
        String alice = unique("alice-");
        String aliceToken = TOKENS.customer(alice);
        String bobToken = newCustomer();
        String admin = TOKENS.admin(unique("admin-"));
        String orderId = place(aliceToken, orderJson("tok_visa", line(product("OWN-", "20.00"), 1)));

        assertThat(send("GET", "/orders/" + orderId, bobToken, null, Map.of()).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/orders/" + orderId + "/cancel", bobToken, null, Map.of()).statusCode()).isEqualTo(404);
        assertThat(json(send("GET", "/orders", bobToken, null, Map.of()).body()).get("total").asInt()).isZero();
        assertThat(order(admin, orderId).get("customerId").asText()).isEqualTo(alice);

        JsonNode mine = json(send("GET", "/orders?size=5", aliceToken, null, Map.of()).body());
        assertThat(mine.get("total").asInt()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("id").asText()).isEqualTo(orderId);
        assertThat(mine.get("items").get(0).get("items").asInt()).isEqualTo(1);
        JsonNode forAdmin = json(send("GET", "/orders?customerId=" + alice, admin, null, Map.of()).body());
        assertThat(forAdmin.get("items").get(0).get("id").asText()).isEqualTo(orderId);
        assertThat(send("GET", "/orders/" + orderId, null, null, Map.of()).statusCode()).isEqualTo(401);
    }

    private static List<String> steps(JsonNode order) {
        List<String> steps = new ArrayList<>();
        order.get("history").forEach(change -> steps.add(change.get("step").asText()));
        return steps;
    }
}
