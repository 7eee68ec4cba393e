package com.shop.inventory.catalog;

import com.shop.inventory.InventoryIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogRestIT extends InventoryIntegrationTest {

    @Test
    void aProductIsCreatedReadChangedAndDeleted() throws Exception {
        String sku = unique("LAMP-");
        HttpResponse<String> created = http("POST", "/products", """
                {"sku":"%s","name":"Desk lamp","description":"Dimmable","category":"home","price":29.90,"currency":"EUR",
                 "stockOnHand":12,"lowStockThreshold":3}""".formatted(sku));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/products/" + sku);
        assertThat(created.body()).contains("\"available\":12", "\"price\":29.9");

        HttpResponse<String> changed = http("PUT", "/products/" + sku, """
                {"name":"Desk lamp XL","description":"Brighter","category":"home","price":34.00,"currency":"EUR",
                 "lowStockThreshold":2,"active":true}""");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(http("GET", "/products/" + sku, null).body()).contains("\"name\":\"Desk lamp XL\"", "\"stockOnHand\":12");

        assertThat(http("DELETE", "/products/" + sku, null).statusCode()).isEqualTo(204);
        assertThat(http("GET", "/products/" + sku, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theCatalogueIsPagedAndSearchable() throws Exception {
        String marker = unique("Zephyr");
        createProduct(unique("SRCH-"), 1, 0);
        http("POST", "/products", """
                {"sku":"%s","name":"%s kettle","category":"kitchen","price":40,"currency":"EUR","stockOnHand":3}"""
                .formatted(unique("KETTLE-"), marker));

        HttpResponse<String> found = http("GET", "/products?q=" + marker, null);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains(marker + " kettle", "\"total\":1");

        HttpResponse<String> page = http("GET", "/products?page=0&size=1", null);
        assertThat(page.body()).contains("\"size\":1", "\"page\":0");
        assertThat(http("GET", "/products?size=0", null).statusCode()).isEqualTo(400);
    }

    @Test
    void availabilityAndStockAdjustmentsAreKeptAsHistory() throws Exception {
        String sku = unique("ADJ-");
        createProduct(sku, 5, 0);

        HttpResponse<String> adjusted = http("POST", "/products/" + sku + "/stock", "{\"delta\":-2,\"reason\":\"damaged in storage\"}");
        assertThat(adjusted.statusCode()).isEqualTo(200);
        assertThat(adjusted.body()).contains("\"stockOnHand\":3");
        assertThat(http("GET", "/products/" + sku + "/availability", null).body()).contains("\"available\":3", "\"active\":true");
        assertThat(http("GET", "/products/" + sku + "/stock", null).body()).contains("damaged in storage", "\"delta\":-2");

        HttpResponse<String> tooMuch = http("POST", "/products/" + sku + "/stock", "{\"delta\":-4,\"reason\":\"count\"}");
        assertThat(tooMuch.statusCode()).isEqualTo(409);
        assertThat(tooMuch.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void aDuplicateSkuIsAConflict() throws Exception {
        String sku = unique("DUP-");
        createProduct(sku, 1, 0);
        HttpResponse<String> duplicate = http("POST", "/products", """
                {"sku":"%s","name":"Again","price":1,"currency":"EUR","stockOnHand":1}""".formatted(sku));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains(sku);
    }

    @Test
    void badInputIsAProblemThatNamesTheFields() throws Exception {
        HttpResponse<String> missing = http("POST", "/products", "{\"name\":\"No sku\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(missing.body()).contains("\"field\":\"sku\"", "\"field\":\"price\"", "\"field\":\"currency\"", "\"field\":\"stockOnHand\"");

        HttpResponse<String> negative = http("POST", "/products", """
                {"sku":"NEG-1","name":"Negative","price":-1,"currency":"EUR","stockOnHand":1}""");
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("\"field\":\"price\"");

        HttpResponse<String> wrongType = http("POST", "/products", """
                {"sku":"TYPE-1","name":"Wrong","price":"free","currency":"EUR","stockOnHand":1}""");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"field\":\"price\"");

        HttpResponse<String> badCurrency = http("POST", "/products", """
                {"sku":"CUR-1","name":"Currency","price":1,"currency":"euro","stockOnHand":1}""");
        assertThat(badCurrency.body()).contains("\"field\":\"currency\"");

        assertThat(http("GET", "/products/NO-SUCH-SKU", null).statusCode()).isEqualTo(404);
        assertThat(http("GET", "/products/NO-SUCH-SKU/availability", null).statusCode()).isEqualTo(404);
        assertThat(http("POST", "/products/NO-SUCH-SKU/stock", "{\"delta\":1,\"reason\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(http("PUT", "/products/NO-SUCH-SKU", """
                {"name":"x","price":1,"currency":"EUR","lowStockThreshold":0,"active":true}""").statusCode()).isEqualTo(404);
    }

    @Test
    void aNulCharacterInASearchOrAStockReasonIsA400ThatNamesIt() throws Exception {
        String sku = unique("NUL-");
        createProduct(sku, 5, 0);

        for (String parameter : new String[] {"q", "category"}) {
            HttpResponse<String> search = http("GET", "/products?" + parameter + "=%00", null, null);
            assertThat(search.statusCode()).isEqualTo(400);
            assertThat(search.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(search.body()).contains("{\"field\":\"" + parameter + "\",\"message\":\"must not contain the NUL character\"}");
        }
        HttpResponse<String> adjusted = http("POST", "/products/" + sku + "/stock", "{\"delta\":1,\"reason\":\"x\\u0000\"}");
        assertThat(adjusted.statusCode()).isEqualTo(400);
        assertThat(adjusted.body()).contains("{\"field\":\"reason\",\"message\":\"must not contain the NUL character\"}");
        assertThat(stock(sku).get("on_hand")).isEqualTo(5);

        HttpResponse<String> found = http("GET", "/products?q=%C3%A9%F0%9F%92%A1", null, null);
        assertThat(found.statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheCatalogue() throws Exception {
        HttpResponse<String> doc = http("GET", "/api-doc", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(doc.body()).contains("/products/{sku}/availability", "Inventory service");
    }
}
