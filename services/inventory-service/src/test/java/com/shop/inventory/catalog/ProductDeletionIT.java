package com.shop.inventory.catalog;

import com.shop.inventory.InventoryIntegrationTest;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ReserveStock;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A product that orders refer to stays (deactivated if need be): its orders may still be confirmed or cancelled. */
class ProductDeletionIT extends InventoryIntegrationTest {

    @Test
    void aProductWithASaleCannotBeDeletedButCanBeDeactivated() {
        String sku = unique("SOLD-DEL-");
        createProduct(sku, 5, 0);
        String order = reserve(sku, 2);
        confirm(order, sku, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> (Integer) stock(sku).get("sold") == 2);

        assertRefusedWithAdviceToDeactivate(sku);

        HttpResponse<String> deactivated = http("PUT", "/products/" + sku, """
                {"name":"Retired","price":12.50,"currency":"EUR","lowStockThreshold":0,"active":false}""");
        assertThat(deactivated.statusCode()).isEqualTo(200);
        assertThat(http("GET", "/products/" + sku + "/availability", null).body()).contains("\"active\":false", "\"available\":0");
    }

    @Test
    void aProductWithAnOpenReservationCannotBeDeleted() {
        String sku = unique("HELD-DEL-");
        createProduct(sku, 5, 0);
        reserve(sku, 1);

        assertRefusedWithAdviceToDeactivate(sku);
    }

    @Test
    void aProductWhoseOrderWasReleasedCannotBeDeleted() {
        String sku = unique("GONE-DEL-");
        createProduct(sku, 5, 0);
        String order = reserve(sku, 1);
        jdbc.update("UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE order_id = ?", order);
        await().atMost(Duration.ofSeconds(20)).until(() -> (Integer) stock(sku).get("reserved") == 0);

        assertRefusedWithAdviceToDeactivate(sku);
    }

    @Test
    void aProductNeverOrderedOrOnlyInARejectedOrderIsDeleted() {
        String neverOrdered = unique("NEW-DEL-");
        String onlyRejected = unique("SHORT-DEL-");
        createProduct(neverOrdered, 5, 0);
        createProduct(onlyRejected, 1, 0);
        String order = unique("order-");
        publish(order, new ReserveStock(order, List.of(new ReservationLine(onlyRejected, 2))));
        await().atMost(Duration.ofSeconds(20)).until(() -> !events("inventory.events", order, "com.shop.inventory.StockRejected").isEmpty());

        assertThat(http("DELETE", "/products/" + neverOrdered, null).statusCode()).isEqualTo(204);
        assertThat(http("DELETE", "/products/" + onlyRejected, null).statusCode()).isEqualTo(204);
        assertThat(http("GET", "/products/" + onlyRejected, null).statusCode()).isEqualTo(404);
        assertThat(http("DELETE", "/products/" + onlyRejected, null).statusCode()).isEqualTo(404);
    }

    @Test
    void whetherAProductWasOrderedIsLookedUpBySkuNotByReadingEveryReservationLine() {
        String plan = jdbc.execute((Statement statement) -> {
            statement.execute("SET enable_seqscan = off");
            StringBuilder text = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("EXPLAIN SELECT 1 FROM reservation_lines WHERE sku = 'ANY-SKU'")) {
                while (rows.next()) {
                    text.append(rows.getString(1)).append('\n');
                }
            } finally {
                statement.execute("RESET enable_seqscan");
            }
            return text.toString();
        });

        assertThat(plan).contains("reservation_lines_by_sku");
    }

    private void assertRefusedWithAdviceToDeactivate(String sku) {
        HttpResponse<String> refused = http("DELETE", "/products/" + sku, null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("has been ordered", "deactivate it instead", "\\\"active\\\": false");
        assertThat(http("GET", "/products/" + sku, null).statusCode()).isEqualTo(200);
    }
}
