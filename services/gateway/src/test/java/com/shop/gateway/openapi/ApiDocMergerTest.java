package com.shop.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocMergerTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void pathsMoveUnderApiAndTheFirstServiceToNameASchemaOrTagKeepsIt() throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        documents.put("order-service", mapper.readTree("""
                {"openapi":"3.1.0","paths":{"/orders":{"post":{}}},"tags":[{"name":"orders"},{"name":"shared"}],
                 "components":{"schemas":{"Problem":{"title":"from orders"}}}}"""));
        documents.put("user-service", mapper.readTree("""
                {"openapi":"3.1.0","paths":{"/auth/login":{"post":{}}},"tags":[{"name":"shared"}],
                 "components":{"schemas":{"Problem":{"title":"from users"},"Login":{}}}}"""));

        JsonNode merged = new ApiDocMerger(mapper).merge(documents, Set.of("payment-service"));

        assertThat(merged.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(merged.path("paths").has("/api/orders")).isTrue();
        assertThat(merged.path("paths").has("/api/auth/login")).isTrue();
        assertThat(merged.path("components").path("schemas").path("Problem").path("title").asText()).isEqualTo("from orders");
        assertThat(merged.path("components").path("schemas").has("Login")).isTrue();
        assertThat(merged.path("tags")).hasSize(2);
        assertThat(merged.path("x-unavailable-services").toString()).isEqualTo("[\"payment-service\"]");
    }
}
