package com.shop.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocIT extends GatewayIntegrationTest {

    @Test
    void oneDocumentGathersTheServicesPathsUnderApiAndNamesTheMissingOnes() throws Exception {
        HttpResponse<String> response = get("/api-doc", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = new ObjectMapper().readTree(response.body());
        assertThat(document.path("paths").has("/api/users")).isTrue();
        assertThat(document.path("paths").has("/api/products")).isTrue();
        assertThat(document.path("paths").has("/api/orders")).isTrue();
        assertThat(document.path("components").path("schemas").has("orders")).isTrue();
        assertThat(document.path("x-unavailable-services").toString()).contains("payment-service", "notification-service");
    }

    @Test
    void aPathUnderTheDocumentIsA404ProblemLikeAnyUnknownPath() throws Exception {
        for (String path : List.of("/api-doc/", "/api-doc/anything", "/api-doc/users/openapi.json")) {
            HttpResponse<String> response = get(path, null);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).contains("\"status\":404", "\"title\":\"Not found\"", "\"detail\":\"Nothing is served at this path\"",
                    "\"correlationId\":");
        }
    }
}
