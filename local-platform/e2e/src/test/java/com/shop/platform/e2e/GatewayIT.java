package com.shop.platform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A customer's whole visit through the real gateway process, in front of the real services: only {@code /api} is called. */
@ExtendWith(ServicesStoppedAtEnd.class)
class GatewayIT {

    private static final RunningServices SERVICES = RunningServices.get();
    private static final ShopClient CLIENT = ShopClient.throughGateway(SERVICES);
    private static String mailbox;

    @BeforeAll
    static void startTheServicesAndTheGateway() throws Exception {
        SERVICES.ensurePaymentSandbox();
        mailbox = SERVICES.ensureNotificationSandbox();
        SERVICES.ensureRunning(List.of("user-service", "inventory-service", "payment-service", "order-service",
                "notification-service", "gateway"));
    }

    @Test
    void aCustomerRegistersBrowsesHasAnOrderConfirmedAndReadsTheConfirmationEmail() throws Exception {
        String sku = product(5, "12.50");
        ShopClient.Customer customer = CLIENT.register();

        assertThat(CLIENT.product(sku).get("price").decimalValue()).isEqualByComparingTo("12.50");
        String orderId = place(customer, sku, 2, "tok_visa");

        JsonNode order = CLIENT.awaitFinal(customer.token(), orderId);
        assertThat(order.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("25.00");
        JsonNode mail = awaitMail("Your order " + orderId + " is confirmed");
        assertThat(recipients(mail)).containsExactly(customer.email());
        assertThat(mail.get("body").asText()).contains("Hello E2E Customer", "thank you for your order " + orderId,
                "2 x " + sku + " at 12.50 EUR = 25.00 EUR", "Total: 25.00 EUR");
    }

    @Test
    void aDeclinedCardCancelsTheOrderAndTheCustomerIsToldNothingWasCharged() throws Exception {
        String sku = product(4, "5.00");
        ShopClient.Customer customer = CLIENT.register();

        String orderId = place(customer, sku, 3, "tok_chargeDeclined");

        JsonNode order = CLIENT.awaitFinal(customer.token(), orderId);
        assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(order.get("history").toString()).containsIgnoringCase("declined");
        await().atMost(Duration.ofSeconds(30)).until(() -> CLIENT.product(sku).get("reserved").asInt() == 0);
        CLIENT.awaitStockOnHand(sku, 4);
        JsonNode mail = awaitMail("Your order " + orderId + " was cancelled");
        assertThat(recipients(mail)).containsExactly(customer.email());
        assertThat(mail.get("body").asText()).contains("Nothing was charged for it.");
    }

    @Test
    void aCustomerOverTheRateLimitIsToldAsAProblemWhenToRetry() throws Exception {
        String customer = CLIENT.newCustomer();

        List<HttpResponse<String>> answers = CLIENT.getAtOnce("order-service", "/orders", customer,
                3 * RunningServices.GATEWAY_USER_BURST);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 429).contains(200, 429);
        HttpResponse<String> refused = answers.stream().filter(answer -> answer.statusCode() == 429).findFirst().orElseThrow();
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ShopClient.json(refused);
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asText()).contains("for this user");
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
    void theGatewaysOperatorConsoleIsOpenOnTheLocalPlatform() throws Exception {
        HttpResponse<String> jolokia = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(SERVICES.baseUrl("gateway") + "/actuator/jolokia/version")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(jolokia.statusCode()).as(jolokia.body()).isEqualTo(200);
        assertThat(ShopClient.json(jolokia).get("value").has("agent")).isTrue();
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

    private static String product(int stock, String price) throws Exception {
        String sku = "GW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        CLIENT.createProduct(CLIENT.admin(), sku, stock, price);
        return sku;
    }

    private static String place(ShopClient.Customer customer, String sku, int quantity, String card) throws Exception {
        HttpResponse<String> placed = CLIENT.placeOrder(customer.token(), UUID.randomUUID().toString(),
                List.of(Map.of("sku", sku, "quantity", quantity)), card);
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(202);
        String orderId = ShopClient.json(placed).get("id").asText();
        assertThat(placed.headers().firstValue("Location")).as("the order's address as the client reaches it")
                .hasValue("/api/orders/" + orderId);
        return orderId;
    }

    /** The mail with this subject, once the notification sandbox's SMTP server has it. */
    private static JsonNode awaitMail(String subject) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> mailWithSubject(subject), Optional::isPresent).orElseThrow();
    }

    private static Optional<JsonNode> mailWithSubject(String subject) throws Exception {
        for (JsonNode mail : CLIENT.mail(mailbox)) {
            if (mail.get("subject").asText().equals(subject)) {
                return Optional.of(mail);
            }
        }
        return Optional.empty();
    }

    private static List<String> recipients(JsonNode mail) {
        List<String> to = new ArrayList<>();
        mail.get("to").forEach(address -> to.add(address.asText()));
        return to;
    }
}
