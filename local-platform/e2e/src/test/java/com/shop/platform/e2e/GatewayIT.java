package com.shop.platform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A customer's whole visit through the real gateway process, in front of the real services: only {@code /api} is called. */
class GatewayIT {

    private static final RunningServices SERVICES = RunningServices.get();
    private static final ShopClient CLIENT = ShopClient.throughGateway(SERVICES);

    @BeforeAll
    static void startTheServicesAndTheGateway() throws Exception {
        SERVICES.ensurePaymentSandbox();
        SERVICES.ensureRunning("user-service");
        SERVICES.ensureRunning("inventory-service");
        SERVICES.ensureRunning("payment-service");
        SERVICES.ensureRunning("order-service");
        SERVICES.ensureRunning("gateway");
    }

    @Test
    void aCustomerRegistersBrowsesAndHasAnOrderConfirmedThroughTheGateway() throws Exception {
        String admin = CLIENT.admin();
        String sku = "GW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        CLIENT.createProduct(admin, sku, 5, "12.50");
        String customer = CLIENT.newCustomer();

        assertThat(CLIENT.product(sku).get("price").decimalValue()).isEqualByComparingTo("12.50");
        HttpResponse<String> placed = CLIENT.placeOrder(customer, UUID.randomUUID().toString(),
                List.of(Map.of("sku", sku, "quantity", 2)), "tok_visa");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String orderId = ShopClient.json(placed).get("id").asText();

        JsonNode order = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> CLIENT.order(customer, orderId),
                        found -> Set.of("CONFIRMED", "CANCELLED", "FAILED").contains(found.get("status").asText()));
        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("25.00");
    }

    @Test
    void theGatewayRefusesAProtectedRouteWithoutATokenAndForwardsTheCorrelationId() throws Exception {
        HttpResponse<String> refused = CLIENT.get("order-service", "/orders", null);
        HttpResponse<String> products = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(SERVICES.baseUrl("gateway") + "/api/products")).header("X-Correlation-Id", "gateway-it-flow").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(products.statusCode()).isEqualTo(200);
        assertThat(products.headers().firstValue("X-Correlation-Id")).hasValue("gateway-it-flow");
    }

    @Test
    void oneApiDocumentGathersTheRunningServicesPaths() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(SERVICES.baseUrl("gateway") + "/api-doc")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = ShopClient.json(response).get("paths");
        assertThat(paths.has("/api/orders")).isTrue();
        assertThat(paths.has("/api/products")).isTrue();
        assertThat(paths.has("/api/auth/login")).isTrue();
    }
}
