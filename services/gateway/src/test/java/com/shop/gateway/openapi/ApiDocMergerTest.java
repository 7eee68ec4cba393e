package com.shop.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.gateway.routing.GatewayProperties;
import com.shop.gateway.routing.RouteTable;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocMergerTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final RouteTable table = new RouteTable(new GatewayProperties(Map.of(
            "orders", route("order-service", "/orders"),
            "users", route("user-service", "/users", "/auth")),
            new GatewayProperties.CircuitBreaker(50, 20, 10, Duration.ofSeconds(10), 3)));

    @Test
    void pathsMoveUnderApiAndTheFirstServiceToNameASchemaOrTagKeepsIt() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("orders", mapper.readTree("""
                {"openapi":"3.1.0","paths":{"/orders":{"post":{}}},"tags":[{"name":"orders"},{"name":"shared"}],
                 "components":{"schemas":{"Problem":{"title":"from orders"}}}}"""));
        documents.put("users", mapper.readTree("""
                {"openapi":"3.1.0","paths":{"/auth/login":{"post":{}}},"tags":[{"name":"shared"}],
                 "components":{"schemas":{"Problem":{"title":"from users"},"Login":{}}}}"""));

        JsonNode merged = new ApiDocMerger(mapper, table).merge(documents, Set.of("payment-service"));

        assertThat(merged.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(merged.path("paths").has("/api/orders")).isTrue();
        assertThat(merged.path("paths").has("/api/auth/login")).isTrue();
        assertThat(merged.path("components").path("schemas").path("Problem").path("title").asText()).isEqualTo("from orders");
        assertThat(merged.path("components").path("schemas").has("Login")).isTrue();
        assertThat(merged.path("tags")).hasSize(2);
        assertThat(merged.path("x-unavailable-services").toString()).isEqualTo("[\"payment-service\"]");
    }

    @Test
    void onlyPathsTheGatewayRoutesToTheDocumentingServiceAreListed() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("orders", mapper.readTree("""
                {"paths":{"/orders/{id}":{"get":{}},"/admin/dead-letters/{topic}":{"get":{}},"/auth/login":{"put":{}}}}"""));
        documents.put("users", mapper.readTree("""
                {"paths":{"/auth/login":{"post":{}},"/admin/keys/rotate":{"post":{}}}}"""));

        JsonNode merged = new ApiDocMerger(mapper, table).merge(documents, Set.of());

        assertThat(merged.path("paths").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("/api/orders/{id}", "/api/auth/login");
        assertThat(merged.path("paths").path("/api/auth/login").has("post")).as("the user service's, which serves it").isTrue();
        assertThat(merged.path("paths").path("/api/auth/login").has("put")).isFalse();
    }

    private static GatewayProperties.Route route(String service, String... paths) {
        return new GatewayProperties.Route(service, List.of(paths), List.of(URI.create("http://localhost:1")),
                Duration.ofSeconds(1), Duration.ofSeconds(5), 2);
    }
}
