package com.shop.gateway.routing;

import com.shop.gateway.GatewayIntegrationTest;
import com.shop.gateway.UpstreamServer;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingIT extends GatewayIntegrationTest {

    @Test
    void eachPathGoesToItsServiceWithoutTheApiPrefix() throws Exception {
        String sku = unique("SKU-");
        String token = customer();

        HttpResponse<String> product = get("/api/products/" + sku + "?fields=price&page=2", token);
        HttpResponse<String> user = get("/api/users/me", customer());

        assertThat(product.statusCode()).isEqualTo(200);
        assertThat(product.body()).contains("\"server\":\"products\"", "\"path\":\"/products/" + sku + "\"");
        List<UpstreamServer.Request> arrived = Stream.concat(INVENTORY_A.requestsFor("/products/" + sku).stream(),
                INVENTORY_B.requestsFor("/products/" + sku).stream()).toList();
        assertThat(arrived).singleElement().satisfies(request -> {
            assertThat(request.query()).isEqualTo("fields=price&page=2");
            assertThat(request.headers()).containsEntry("authorization", "Bearer " + token);
        });
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(USERS.requestsFor("/users/me")).isNotEmpty();
    }

    @Test
    void theUpstreamsAnswerHeadersReachTheClientButNotThoseOfItsConnection() throws Exception {
        HttpResponse<String> response = get("/api/users/me", customer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.headers().allValues("Pragma")).containsExactly("no-cache");
        assertThat(response.headers().allValues("ETag")).containsExactly("\"users-1\"");
        assertThat(response.headers().allValues("Content-Type")).containsExactly("application/json");
        assertThat(response.headers().allValues("Date")).hasSize(1);
        assertThat(response.headers().map().keySet()).map(String::toLowerCase).doesNotContain("keep-alive", "x-upstream-hop");
    }

    @Test
    void theHeadersTheClientsConnectionHeaderNamesStayWithTheGateway() throws Exception {
        String sku = unique("SKU-");
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/products/" + sku + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close, X-Client-Hop\r\nX-Client-Hop: for this connection\r\nX-Passed: yes\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).startsWith("HTTP/1.1 200");
        }

        assertThat(Stream.concat(INVENTORY_A.requestsFor("/products/" + sku).stream(), INVENTORY_B.requestsFor("/products/" + sku).stream()))
                .singleElement().satisfies(request -> assertThat(request.headers())
                        .containsEntry("x-passed", "yes")
                        .doesNotContainKey("x-client-hop"));
    }

    @Test
    void aPostKeepsItsBodyHeadersAndTheUpstreamsAnswer() throws Exception {
        String key = unique("key-");
        HttpResponse<String> response = send("POST", "/api/orders", customer(), "{\"lines\":[]}",
                Map.of("Idempotency-Key", key));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("Location")).as("the service's /orders/42, as the client reaches it")
                .hasValue("/api/orders/42");
        assertThat(ORDERS.requestsFor("/orders")).filteredOn(request -> key.equals(request.headers().get("idempotency-key")))
                .singleElement()
                .satisfies(request -> {
                    assertThat(request.method()).isEqualTo("POST");
                    assertThat(request.body()).isEqualTo("{\"lines\":[]}");
                    assertThat(request.headers()).containsKey("x-forwarded-for");
                });
    }

    @Test
    void theServiceLearnsTheClientsAddressAsTheGatewayTrustsItNotAsTheClientClaimsIt() throws Exception {
        String proxied = unique("key-");
        String direct = unique("key-");
        send("POST", "/api/orders", customer(), "{\"lines\":[]}",
                Map.of("Idempotency-Key", proxied, "X-Forwarded-For", "198.18.0.1", "X-Real-IP", "203.0.113.9"));
        send("POST", "/api/orders", customer(), "{\"lines\":[]}", Map.of("Idempotency-Key", direct, "X-Forwarded-For", "198.18.0.1", "X-Real-IP", ""));

        assertThat(forwardedFor(proxied)).as("the address the proxy in front (X-Real-IP here) gave").isEqualTo("203.0.113.9");
        assertThat(forwardedFor(direct)).as("without a value in that header, the peer's address").isEqualTo("127.0.0.1");
    }

    @Test
    void aClientThatReachesTheGatewayDirectlyCannotNameItsOwnAddress() throws Exception {
        String sku = unique("SKU-");

        String status = getFrom("127.0.0.2", "/api/products/" + sku, Map.of("X-Real-IP", "203.0.113.9", "X-Forwarded-For", "198.18.0.1"));

        assertThat(status).startsWith("HTTP/1.1 200");
        assertThat(Stream.concat(INVENTORY_A.requestsFor("/products/" + sku).stream(), INVENTORY_B.requestsFor("/products/" + sku).stream()))
                .singleElement().satisfies(request -> assertThat(request.headers()).containsEntry("x-forwarded-for", "127.0.0.2"));
    }

    private static String forwardedFor(String idempotencyKey) {
        return ORDERS.requestsFor("/orders").stream().filter(request -> idempotencyKey.equals(request.headers().get("idempotency-key")))
                .findFirst().orElseThrow().headers().get("x-forwarded-for");
    }

    @Test
    void anUpstreamProblemNamesThePathTheClientCalledAndKeepsTheRest() throws Exception {
        String correlationId = unique("flow-");
        HttpResponse<String> response = send("POST", "/api/auth/login?next=%2Forders", null, "{\"email\":\"no\"}",
                Map.of(UpstreamServer.ANSWER_PROBLEM, "yes", "X-Correlation-Id", correlationId));

        assertThat(USERS.requestsFor("/auth/login")).filteredOn(request -> correlationId.equals(request.headers().get("x-correlation-id")))
                .singleElement().satisfies(request -> assertThat(request.query()).isEqualTo("next=%2Forders"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).as("the service's instance was /auth/login; the rest as it wrote it")
                .isEqualTo(UpstreamServer.problem("/api/auth/login", correlationId));
        assertThat(response.headers().allValues("Content-Type")).singleElement().satisfies(type ->
                assertThat(type.replace(" ", "")).isEqualToIgnoringCase("application/problem+json;charset=UTF-8"));
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(response.headers().allValues("ETag")).as("the service's tag named the body it wrote").isEmpty();
        assertThat(response.headers().allValues("Content-Length")).as("a length the gateway announces is the new body's, not the service's")
                .allSatisfy(length ->
                assertThat(Integer.parseInt(length)).isEqualTo(response.body().getBytes(StandardCharsets.UTF_8).length));
    }

    @Test
    void aFormBodyGoesUpstreamAsItCameForTheServiceToJudge() throws Exception {
        String key = unique("key-");
        HttpResponse<String> response = send("POST", "/api/orders", customer(), "{\"lines\":[]}",
                Map.of("Idempotency-Key", key, "Content-Type", "application/x-www-form-urlencoded"));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(ORDERS.requestsFor("/orders")).filteredOn(request -> key.equals(request.headers().get("idempotency-key")))
                .singleElement()
                .satisfies(request -> {
                    assertThat(request.body()).isEqualTo("{\"lines\":[]}");
                    assertThat(request.headers()).containsEntry("content-type", "application/x-www-form-urlencoded");
                });
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithA413AndNotForwarded() throws Exception {
        String key = unique("key-");
        HttpResponse<String> response = send("POST", "/api/orders", customer(), "{\"note\":\"" + "x".repeat(1_100_000) + "\"}",
                Map.of("Idempotency-Key", key));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(ORDERS.requestsFor("/orders")).noneMatch(request -> key.equals(request.headers().get("idempotency-key")));
    }

    @Test
    void everyMethodReachesTheServiceAsItWasSent() throws Exception {
        String id = unique("order-");
        for (String method : List.of("PUT", "PATCH", "DELETE", "OPTIONS")) {
            send(method, "/api/orders/" + id, customer(), "{}", Map.of());
        }

        assertThat(ORDERS.requestsFor("/orders/" + id)).extracting(UpstreamServer.Request::method)
                .containsExactly("PUT", "PATCH", "DELETE", "OPTIONS");
    }

    @Test
    void aMethodNoServiceServesIsRefusedWithAProblem() throws Exception {
        String sku = unique("SKU-");

        HttpResponse<String> response = send("BREW", "/api/products/" + sku, null, null, Map.of());

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Stream.concat(INVENTORY_A.requestsFor("/products/" + sku).stream(), INVENTORY_B.requestsFor("/products/" + sku).stream())).isEmpty();
    }

    @Test
    void theCallersCorrelationIdIsForwardedAndOneIsMadeWhenItHasNone() throws Exception {
        String correlationId = unique("flow-");
        String sku = unique("SKU-");
        send("GET", "/api/products/" + sku, null, null, Map.of("X-Correlation-Id", correlationId));
        String other = unique("SKU-");
        get("/api/products/" + other, null);

        assertThat(Stream.concat(INVENTORY_A.requestsFor("/products/" + sku).stream(), INVENTORY_B.requestsFor("/products/" + sku).stream()))
                .singleElement().satisfies(request -> assertThat(request.headers()).containsEntry("x-correlation-id", correlationId));
        assertThat(Stream.concat(INVENTORY_A.requestsFor("/products/" + other).stream(), INVENTORY_B.requestsFor("/products/" + other).stream()))
                .singleElement().satisfies(request -> assertThat(request.headers().get("x-correlation-id")).matches("[0-9a-f-]{36}"));
    }

    @Test
    void aCorrelationIdThatIsNotAShortTokenIsReplacedBeforeRoutingAndInAProblem() throws Exception {
        String sku = unique("SKU-");
        send("GET", "/api/products/" + sku, null, null, Map.of("X-Correlation-Id", "a b\"<script>"));
        HttpResponse<String> refused = send("GET", "/api/orders/" + unique("order-"), null, null,
                Map.of("X-Correlation-Id", "x".repeat(5000)));

        assertThat(Stream.concat(INVENTORY_A.requestsFor("/products/" + sku).stream(), INVENTORY_B.requestsFor("/products/" + sku).stream()))
                .singleElement().satisfies(request -> assertThat(request.headers().get("x-correlation-id")).matches("[0-9a-f-]{36}"));
        assertThat(refused.statusCode()).isEqualTo(401);
        String replaced = refused.headers().firstValue("X-Correlation-Id").orElseThrow();
        assertThat(replaced).matches("[0-9a-f-]{36}");
        assertThat(refused.body()).contains("\"correlationId\":\"" + replaced + "\"").doesNotContain("xxxxxxxxxx");
    }

    @Test
    void aProtectedRouteWithoutAValidTokenIsRefusedBeforeRouting() throws Exception {
        String id = unique("order-");

        HttpResponse<String> anonymous = get("/api/orders/" + id, null);
        HttpResponse<String> forged = get("/api/orders/" + id, "not-a-token");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(ORDERS.requestsFor("/orders/" + id)).isEmpty();
    }

    @Test
    void publicRoutesPassWithoutAToken() throws Exception {
        assertThat(send("POST", "/api/auth/login", null, "{}", Map.of()).statusCode()).isEqualTo(202);
        assertThat(send("POST", "/api/users", null, "{}", Map.of()).statusCode()).isEqualTo(202);
        assertThat(get("/api/products", null).statusCode()).isEqualTo(200);
        assertThat(get("/.well-known/jwks.json", null).statusCode()).isEqualTo(200);
        assertThat(USERS.requestsFor("/auth/login")).isNotEmpty();
        assertThat(USERS.requestsFor("/.well-known/jwks.json")).isNotEmpty();
    }

    @Test
    void adminPathsNeedTheAdminRole() throws Exception {
        assertThat(get("/api/admin/sagas/stuck", customer()).statusCode()).isEqualTo(403);
        assertThat(get("/api/admin/sagas/stuck", TOKENS.admin(unique("admin-"))).statusCode()).isEqualTo(200);
    }

    @Test
    void aPathNoServiceServesIsAProblem404() throws Exception {
        HttpResponse<String> response = get("/api/warehouses/1", customer());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("No service serves /api/warehouses/1");
    }

    @Test
    void aBrowserPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() throws Exception {
        HttpResponse<String> allowed = send("OPTIONS", "/api/orders", null, null, Map.of("Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,idempotency-key"));
        HttpResponse<String> foreign = send("OPTIONS", "/api/orders", null, null, Map.of("Origin", "http://evil.example",
                "Access-Control-Request-Method", "POST"));

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:3000");
        assertThat(foreign.statusCode()).isEqualTo(403);
    }
}
