package com.shop.platform.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a customer's or an operator's client does over REST: register, log in, browse, order. */
final class ShopClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FINAL = Set.of("CONFIRMED", "CANCELLED", "FAILED");

    /** A registered customer: the address they gave and the access token they logged in with. */
    record Customer(String email, String token) {
    }

    private final RunningServices services;
    private final boolean throughGateway;

    ShopClient(RunningServices services) {
        this(services, false);
    }

    private ShopClient(RunningServices services, boolean throughGateway) {
        this.services = services;
        this.throughGateway = throughGateway;
    }

    /** A client that calls every service as a browser would: through the gateway, under {@code /api}. */
    static ShopClient throughGateway(RunningServices services) {
        return new ShopClient(services, true);
    }

    /** Registers a new customer and returns its access token. */
    String newCustomer() throws IOException, InterruptedException {
        return register().token();
    }

    /** Registers a new customer who wants email only, and logs in as them. */
    Customer register() throws IOException, InterruptedException {
        String email = "e2e-" + UUID.randomUUID().toString().substring(0, 12) + "@example.com";
        String password = "correct-Horse-" + UUID.randomUUID().toString().substring(0, 6);
        expect(201, call("user-service", "POST", "/users", null,
                Map.of("email", email, "password", password, "name", "E2E Customer", "channels", List.of("EMAIL"))));
        return new Customer(email, login(email, password));
    }

    /** The local admin the user service created on its first start. */
    String admin() throws IOException, InterruptedException {
        Properties credentials = new Properties();
        try (var reader = Files.newBufferedReader(services.adminCredentials())) {
            credentials.load(reader);
        }
        return login(credentials.getProperty("email"), credentials.getProperty("password"));
    }

    void createProduct(String admin, String sku, int stock, String price) throws IOException, InterruptedException {
        expect(201, call("inventory-service", "POST", "/products", admin, Map.of("sku", sku, "name", "E2E " + sku,
                "category", "e2e", "price", price, "currency", "EUR", "stockOnHand", stock, "lowStockThreshold", 0)));
    }

    JsonNode product(String sku) throws IOException, InterruptedException {
        return expect(200, call("inventory-service", "GET", "/products/" + sku, null, null));
    }

    /** Waits until the product's stock on hand is {@code expected}: inventory takes a sale off when it hears of the confirmation. */
    void awaitStockOnHand(String sku, int expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(product(sku).get("stockOnHand").asInt()).isEqualTo(expected));
    }

    /** Places an order; returns the response (202 with the order, or a problem). */
    HttpResponse<String> placeOrder(String customer, String idempotencyKey, List<Map<String, Object>> lines, String card)
            throws IOException, InterruptedException {
        Map<String, Object> body = Map.of("lines", lines, "paymentMethod", card, "shippingAddress", Map.of(
                "recipient", "E2E Customer", "line1", "1 Test Street", "city", "Berlin", "postalCode", "10115", "country", "DE"));
        HttpRequest.Builder request = request("order-service", "POST", "/orders", customer, body)
                .header("Idempotency-Key", idempotencyKey);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode order(String customer, String orderId) throws IOException, InterruptedException {
        return expect(200, call("order-service", "GET", "/orders/" + orderId, customer, null));
    }

    /** Polls the order until its saga has ended (confirmed, cancelled or failed) and returns it. */
    JsonNode awaitFinal(String customer, String orderId) {
        return await().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250))
                .until(() -> order(customer, orderId), order -> FINAL.contains(order.get("status").asText()));
    }

    HttpResponse<String> cancel(String customer, String orderId) throws IOException, InterruptedException {
        return call("order-service", "POST", "/orders/" + orderId + "/cancel", customer, null);
    }

    /** A GET as this client sends it, whatever the answer. */
    HttpResponse<String> get(String service, String path, String token) throws IOException, InterruptedException {
        return call(service, "GET", path, token, null);
    }

    /** The same GET sent {@code count} times at once, as an impatient client would; the answers in sending order. */
    List<HttpResponse<String>> getAtOnce(String service, String path, String token, int count) throws IOException {
        HttpRequest request = request(service, "GET", path, token, null).build();
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sent.add(HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        return sent.stream().map(CompletableFuture::join).toList();
    }

    /** Every charge the payment sandbox took, with its refunds. */
    JsonNode charges(String sandboxUrl) throws IOException, InterruptedException {
        return sandboxListing(sandboxUrl + "/charges");
    }

    /** Every mail the notification sandbox's SMTP server received, one per recipient. */
    JsonNode mail(String sandboxUrl) throws IOException, InterruptedException {
        return sandboxListing(sandboxUrl + "/mail/messages");
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static JsonNode sandboxListing(String url) throws IOException, InterruptedException {
        return expect(200, HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private String login(String email, String password) throws IOException, InterruptedException {
        return expect(200, call("user-service", "POST", "/auth/login", null, Map.of("email", email, "password", password)))
                .get("accessToken").asText();
    }

    private HttpResponse<String> call(String service, String method, String path, String token, Object body)
            throws IOException, InterruptedException {
        return HTTP.send(request(service, method, path, token, body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String service, String method, String path, String token, Object body)
            throws IOException {
        String url = throughGateway ? services.baseUrl("gateway") + "/api" + path : services.baseUrl(service) + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static JsonNode expect(int status, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + " from " + response.request().method() + " "
                    + response.uri() + " but got " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
