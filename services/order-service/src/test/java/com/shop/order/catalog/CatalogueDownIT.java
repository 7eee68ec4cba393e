package com.shop.order.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.order.OrderIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueDownIT extends OrderIntegrationTest {

    private static final BigDecimal PRICE = new BigDecimal("19.90");

    @AfterEach
    void catalogueBackUp() {
        CATALOGUE.up();
    }

    @Test
    void ordersTakenWhileTheCatalogueIsDownArePricedByItAndCompletedOnceItIsBack() {
        String sku = product("OFFLINE-", "19.90");
        String token = newCustomer();
        CATALOGUE.down();

        List<String> orders = List.of(
                place(token, orderJson("tok_visa", line(sku, 1))),
                place(token, orderJson("tok_visa", line(sku, 2))),
                place(token, orderJson("tok_visa", line(sku, 3))));

        JsonNode unpriced = order(token, orders.get(0));
        assertThat(unpriced.get("status").asText()).isEqualTo("PENDING");
        assertThat(unpriced.get("total").isNull()).isTrue();
        assertThat(unpriced.get("lines").get(0).get("unitPrice").isNull()).isTrue();
        assertThat(unpriced.get("history").get(0).get("step").asText()).isEqualTo("PRICING");
        assertThat(unpriced.get("history").get(0).get("reason").asText()).contains("the catalogue did not answer");
        assertThat(order(token, orders.get(2)).get("history").get(0).get("reason").asText())
                .as("the circuit breaker opened after the first failures").contains("circuit breaker is open");
        assertThat(records(INVENTORY_COMMANDS, orders.get(0), "com.shop.inventory.ReserveStock")).as("nothing is reserved unpriced").isEmpty();

        CATALOGUE.up();
        for (int i = 0; i < orders.size(); i++) {
            JsonNode confirmed = awaitStatus(token, orders.get(i), "CONFIRMED");
            assertThat(confirmed.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("19.90");
            assertThat(confirmed.get("total").decimalValue()).isEqualByComparingTo(PRICE.multiply(BigDecimal.valueOf(i + 1L)));
            assertThat(confirmed.findValuesAsText("step")).startsWith("PRICING", "RESERVING_STOCK");
        }
        JsonNode placed = json(records(ORDERS_EVENTS, orders.get(2), "com.shop.order.OrderPlaced").get(0).value());
        assertThat(placed.get("total").decimalValue()).isEqualByComparingTo("59.70");
    }
}
