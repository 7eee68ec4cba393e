package com.shop.inventory.stock;

import com.shop.inventory.InventoryIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Stock counts stay within what a product can count: an adjustment past it is refused as a problem, never a 500. */
class StockLimitsIT extends InventoryIntegrationTest {

    private static final int MOST = Integer.MAX_VALUE;

    @Test
    void anAdjustmentOfMoreThanAMillionUnitsIsInvalid() {
        String sku = unique("BIG-ADJ-");
        createProduct(sku, 5, 0);

        for (String delta : new String[] {"1000001", "-1000001", "2147483647", "-2147483648"}) {
            HttpResponse<String> refused = adjust(sku, delta);
            assertThat(refused.statusCode()).as("delta %s", delta).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).contains("\"field\":\"delta\"");
        }
        assertThat(adjust(sku, "99999999999").statusCode()).isEqualTo(400);
        assertThat(adjust(sku, "1000000").statusCode()).isEqualTo(200);
        assertThat(stock(sku)).containsEntry("on_hand", 1_000_005);
    }

    @Test
    void addingPastWhatAProductCanCountIsAConflictThatChangesNothing() {
        String sku = unique("FULL-");
        createProduct(sku, MOST - 10, 0);

        HttpResponse<String> refused = adjust(sku, "11");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("Adding 11 units of " + sku, "2147483647 units a product can count");
        assertThat(adjust(sku, "10").statusCode()).isEqualTo(200);
        assertThat(stock(sku)).containsEntry("on_hand", MOST);
        assertThat(http("GET", "/products/" + sku + "/stock", null).body()).doesNotContain("\"delta\":11");
    }

    @Test
    void soldUnitsCountTowardsTheLimitSoThatACancelledSaleCanAlwaysBeGivenBack() {
        String sku = unique("SOLD-FULL-");
        createProduct(sku, MOST - 10, 0);
        String order = reserve(sku, 5);
        confirm(order, sku, 5);
        await().atMost(Duration.ofSeconds(20)).until(() -> (Integer) stock(sku).get("sold") == 5);

        HttpResponse<String> refused = adjust(sku, "11");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("(2147483632 on hand, 5 sold)");
        assertThat(stock(sku)).containsEntry("on_hand", MOST - 15);
    }

    @Test
    void removingMoreThanIsFreeNamesTheUnitsRemoved() {
        String sku = unique("EMPTY-");
        createProduct(sku, 5, 0);

        HttpResponse<String> refused = adjust(sku, "-1000000");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Removing 1000000 units of " + sku);
    }

    @Test
    void aProductCannotBeCreatedWithMoreUnitsThanItCanCount() {
        HttpResponse<String> refused = http("POST", "/products", """
                {"sku":"%s","name":"Too many","price":1,"currency":"EUR","stockOnHand":2147483648}""".formatted(unique("HUGE-")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> adjust(String sku, String delta) {
        return http("POST", "/products/" + sku + "/stock", "{\"delta\":" + delta + ",\"reason\":\"count\"}");
    }
}
