package com.shop.order.saga;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.kafka.events.PaymentAuthorized;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.StockReserved;
import com.shop.order.OrderIntegrationTest;
import com.shop.order.support.SagaParticipants.Card;
import com.shop.order.support.SagaParticipants.Stock;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.apache.camel.builder.Builder.header;
import static org.assertj.core.api.Assertions.assertThat;

class CompensationIT extends OrderIntegrationTest {

    @Test
    void anOrderWhoseStockIsRejectedIsCancelledWithoutPayment() {
        String sku = product("SOLDOUT-", "15.00");
        PARTICIPANTS.stock(sku, Stock.REJECTS);
        String token = newCustomer();
        String orderId = place(token, orderJson("tok_visa", line(sku, 2)));

        JsonNode cancelled = awaitStatus(token, orderId, "CANCELLED");
        assertThat(lastReason(cancelled)).isEqualTo("out of stock: " + sku);
        JsonNode event = json(awaitRecords(ORDERS_EVENTS, orderId, "com.shop.order.OrderCancelled", 1).get(0).value());
        assertThat(event.get("reason").asText()).contains(sku);
        assertThat(event.get("refunded").asBoolean()).isFalse();
        assertThat(records(PAYMENTS_COMMANDS, orderId, "com.shop.payment.AuthorizePayment")).isEmpty();
    }

    @Test
    void aDeclinedCardReleasesTheStockAndCancelsTheOrder() {
        String card = unique("tok_declined_");
        PARTICIPANTS.card(card, Card.DECLINES);
        String token = newCustomer();
        String orderId = place(token, orderJson(card, line(product("DECLINE-", "42.00"), 1)));

        JsonNode cancelled = awaitStatus(token, orderId, "CANCELLED");
        assertThat(statuses(cancelled)).containsExactly("PENDING", "PENDING", "CANCELLING", "CANCELLED");
        assertThat(lastReason(cancelled)).isEqualTo("payment declined: card declined by the issuer");
        assertThat(json(records(INVENTORY_COMMANDS, orderId, "com.shop.inventory.ReleaseStock").get(0).value()).get("reason").asText())
                .contains("payment declined");
        assertThat(records(ORDERS_EVENTS, orderId, "com.shop.order.OrderConfirmed")).isEmpty();
        assertThat(records(ORDERS_EVENTS, orderId, "com.shop.order.OrderCancelled")).hasSize(1);
    }

    @Test
    void cancellingAConfirmedOrderRefundsItAndReleasesItsStock() {
        String token = newCustomer();
        String orderId = place(token, orderJson("tok_visa", line(product("REGRET-", "60.00"), 2)));
        awaitStatus(token, orderId, "CONFIRMED");

        var cancel = send("POST", "/orders/" + orderId + "/cancel", token, null, Map.of());
        assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(202);
        assertThat(json(cancel.body()).get("status").asText()).isIn("CANCELLING", "CANCELLED");

        JsonNode cancelled = awaitStatus(token, orderId, "CANCELLED");
        assertThat(lastReason(cancelled)).isEqualTo("cancelled by the customer");
        JsonNode refund = json(records(PAYMENTS_COMMANDS, orderId, "com.shop.payment.RefundPayment").get(0).value());
        assertThat(refund.get("amount").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(records(INVENTORY_COMMANDS, orderId, "com.shop.inventory.ReleaseStock")).hasSize(1);
        JsonNode event = json(awaitRecords(ORDERS_EVENTS, orderId, "com.shop.order.OrderCancelled", 1).get(0).value());
        assertThat(event.get("refunded").asBoolean()).isTrue();
        assertThat(send("POST", "/orders/" + orderId + "/cancel", token, null, Map.of()).statusCode())
                .as("cancelling again changes nothing").isEqualTo(202);
        assertThat(records(PAYMENTS_COMMANDS, orderId, "com.shop.payment.RefundPayment")).hasSize(1);
    }

    @Test
    void theSameAnswerDeliveredTwiceTakesEffectOnce() {
        String sku = product("TWICE-", "7.00");
        String card = unique("tok_manual_");
        PARTICIPANTS.stock(sku, Stock.SILENT);
        PARTICIPANTS.card(card, Card.SILENT);
        String token = newCustomer();
        String orderId = place(token, orderJson(card, line(sku, 3)));
        awaitRecords(INVENTORY_COMMANDS, orderId, "com.shop.inventory.ReserveStock", 1);

        String reservedId = UUID.randomUUID().toString();
        NotifyBuilder reservedTwice = new NotifyBuilder(camel).fromRoute("order-inventory-events")
                .filter(header("ce_id").isEqualTo(reservedId)).whenDone(2).create();
        StockReserved reserved = new StockReserved(orderId, List.of(new ReservationLine(sku, 3)), Instant.now().plusSeconds(600));
        publish(orderId, reserved, reservedId);
        publish(orderId, reserved, reservedId);
        assertThat(reservedTwice.matches(20, TimeUnit.SECONDS)).isTrue();
        awaitRecords(PAYMENTS_COMMANDS, orderId, "com.shop.payment.AuthorizePayment", 1);

        String authorizedId = UUID.randomUUID().toString();
        NotifyBuilder authorizedTwice = new NotifyBuilder(camel).fromRoute("order-payment-events")
                .filter(header("ce_id").isEqualTo(authorizedId)).whenDone(2).create();
        PaymentAuthorized authorized = new PaymentAuthorized(orderId, "pay-1", new BigDecimal("21.00"), "EUR", "provider-1");
        publish(orderId, authorized, authorizedId);
        publish(orderId, authorized, authorizedId);
        assertThat(authorizedTwice.matches(20, TimeUnit.SECONDS)).isTrue();
        awaitStatus(token, orderId, "CONFIRMED");

        String resentId = UUID.randomUUID().toString();
        NotifyBuilder resent = new NotifyBuilder(camel).fromRoute("order-inventory-events")
                .filter(header("ce_id").isEqualTo(resentId)).whenDone(1).create();
        publish(orderId, reserved, resentId);
        assertThat(resent.matches(20, TimeUnit.SECONDS)).as("an answer to a re-sent command, with its own id").isTrue();

        assertThat(records(PAYMENTS_COMMANDS, orderId, "com.shop.payment.AuthorizePayment")).hasSize(1);
        assertThat(records(ORDERS_EVENTS, orderId, "com.shop.order.OrderConfirmed")).hasSize(1);
        assertThat(statuses(order(token, orderId))).containsExactly("PENDING", "PENDING", "CONFIRMED");
    }

    private static String lastReason(JsonNode order) {
        JsonNode history = order.get("history");
        return history.get(history.size() - 1).get("reason").asText();
    }

    private static List<String> statuses(JsonNode order) {
        return java.util.stream.StreamSupport.stream(order.get("history").spliterator(), false)
                .map(change -> change.get("status").asText()).toList();
    }
}
