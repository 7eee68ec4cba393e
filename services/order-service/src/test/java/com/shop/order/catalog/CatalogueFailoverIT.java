package com.shop.order.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.order.OrderIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The service is given two catalogue instances, the first refusing every connection (see {@link OrderIntegrationTest}). */
class CatalogueFailoverIT extends OrderIntegrationTest {

    @Test
    void everyOrderIsPricedWhileOneCatalogueInstanceRefusesConnections() {
        String sku = product("FAILOVER-", "4.50");
        String token = newCustomer();

        List<String> orders = IntStream.range(0, 4).mapToObj(i -> place(token, orderJson("tok_visa", line(sku, 1)))).toList();

        for (String id : orders) {
            JsonNode confirmed = awaitStatus(token, id, "CONFIRMED");
            assertThat(confirmed.get("lines").get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("4.50");
            assertThat(confirmed.get("history").get(0).get("step").asText()).as("priced at once, not after a retry").isNotEqualTo("PRICING");
        }
    }
}
