package com.shop.inventory.catalog;

import com.shop.inventory.InventoryIntegrationTest;
import com.shop.routes.security.Role;
import com.shop.routes.security.testing.ForgedTokens;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogAccessIT extends InventoryIntegrationTest {

    @Test
    void anyoneBrowsesTheCatalogueWithoutAToken() throws Exception {
        String sku = unique("BROWSE-");
        createProduct(sku, 3, 0);
        assertThat(http("GET", "/products", null, null).statusCode()).isEqualTo(200);
        assertThat(http("GET", "/products/" + sku, null, null).statusCode()).isEqualTo(200);
        assertThat(http("GET", "/products/" + sku + "/availability", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void changingTheCatalogueWithoutATokenIsA401() throws Exception {
        HttpResponse<String> response = http("POST", "/products", product(unique("ANON-")), null);
        assertProblem(response, 401, "Unauthorized");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aCustomerCannotChangeTheCatalogueOrStock() throws Exception {
        String sku = unique("GUARDED-");
        createProduct(sku, 5, 0);
        String customer = TOKENS.customer("customer-1");

        assertProblem(http("POST", "/products", product(unique("CUST-")), customer), 403, "Forbidden");
        assertProblem(http("PUT", "/products/" + sku, """
                {"name":"Mine now","price":0.01,"currency":"EUR","active":true,"lowStockThreshold":0}""", customer),
                403, "Forbidden");
        assertProblem(http("DELETE", "/products/" + sku, null, customer), 403, "Forbidden");
        assertProblem(http("POST", "/products/" + sku + "/stock", "{\"delta\":100,\"reason\":\"gift\"}", customer),
                403, "Forbidden");
        assertProblem(http("GET", "/products/" + sku + "/stock", null, customer), 403, "Forbidden");
        assertThat(stock(sku).get("on_hand")).isEqualTo(5);
    }

    @Test
    void anAdminChangesTheCatalogue() throws Exception {
        HttpResponse<String> created = http("POST", "/products", product(unique("ADMIN-")), TOKENS.admin("admin-1"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    @Test
    void forgedAndExpiredTokensAreRefused() throws Exception {
        String admin = TOKENS.admin("admin-1");
        String customer = TOKENS.customer("customer-1");
        for (String forged : new String[]{
                TOKENS.token("admin-1", Duration.ofMinutes(-5), Role.CUSTOMER, Role.ADMIN),
                ForgedTokens.signedByUnknownKey(admin),
                ForgedTokens.signedByImpostorKey(admin),
                ForgedTokens.unsigned(admin),
                ForgedTokens.tampered(customer),
                ForgedTokens.hmacWithPublicKey(admin, TOKENS.signingKey().toPublicJWK())}) {
            HttpResponse<String> response = http("POST", "/products", product(unique("FORGED-")), forged);
            assertProblem(response, 401, "Unauthorized");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
        }
    }

    @Test
    void theOperatorConsoleIsForAdmins() throws Exception {
        assertProblem(http("GET", "/actuator/jolokia/version", null, null), 401, "Unauthorized");
        assertProblem(http("GET", "/actuator/jolokia/version", null, TOKENS.customer("customer-1")), 403, "Forbidden");
        assertThat(http("GET", "/actuator/health", null, null).statusCode()).isEqualTo(200);
    }

    private static String product(String sku) {
        return """
                {"sku":"%s","name":"Lamp","price":9.90,"currency":"EUR","stockOnHand":1}""".formatted(sku);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String title) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status, "\"title\":\"" + title + "\"");
    }
}
