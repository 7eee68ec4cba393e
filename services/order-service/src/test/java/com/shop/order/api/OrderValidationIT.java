package com.shop.order.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.shop.order.OrderIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OrderValidationIT extends OrderIntegrationTest {

    private final String token = newCustomer();

    @Test
    void anOrderWithoutLinesNamesTheField() {
        HttpResponse<String> response = send("POST", "/orders", token, orderJson("tok_visa"), Map.of());
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("lines");
    }

    @Test
    void aQuantityOfZeroAndAMissingAddressAreNamed() {
        HttpResponse<String> response = send("POST", "/orders", token, """
                {"lines":[{"sku":"ANY-1","quantity":0}],"paymentMethod":"tok_visa"}""", Map.of());
        assertProblem(response, 400);
        assertThat(response.body()).contains("\"field\":\"lines[0].quantity\"", "\"field\":\"shippingAddress\"");
    }

    @Test
    void anUnknownProductIsRefusedNamingItsSku() {
        String known = product("KNOWN-", "4.00");
        String unknown = unique("NOSUCH-");
        JsonNode problem = assertProblem(send("POST", "/orders", token, orderJson("tok_visa", line(known, 1), line(unknown, 1)), Map.of()), 422);
        assertThat(problem.get("detail").asText()).contains(unknown);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("lines[1].sku");
    }

    @Test
    void aProductNoLongerForSaleIsRefused() {
        String withdrawn = unique("WITHDRAWN-");
        CATALOGUE.addInactive(withdrawn, "8.00");
        JsonNode problem = assertProblem(send("POST", "/orders", token, orderJson("tok_visa", line(withdrawn, 1)), Map.of()), 422);
        assertThat(problem.get("detail").asText()).contains(withdrawn, "not for sale");
    }

    @Test
    void moreThanTheCatalogueHasIsAConflictNamingTheShortProduct() {
        String scarce = unique("SCARCE-");
        CATALOGUE.add(scarce, "30.00", 2);
        JsonNode problem = assertProblem(send("POST", "/orders", token, orderJson("tok_visa", line(scarce, 3)), Map.of()), 409);
        assertThat(problem.get("detail").asText()).contains(scarce, "3 requested, 2 available");
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaTypeOrABadRequest() {
        String body = orderJson("tok_visa", line(product("MEDIA-", "1.00"), 1));
        assertProblem(send("POST", "/orders", token, body, Map.of("Content-Type", "text/plain")), 415);
        assertProblem(send("POST", "/orders", token, "{\"lines\":[", Map.of()), 400);
    }

    @Test
    void aNulCharacterInTheAddressOrThePaymentMethodIsRefusedNamingEach() {
        String body = orderJson("tok\\u0000visa", line(product("NUL-", "1.00"), 1))
                .replace("Ada Lovelace", "Ada\\u0000Lovelace");
        JsonNode problem = assertProblem(send("POST", "/orders", token, body, Map.of()), 400);
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("shippingAddress.recipient", "paymentMethod");
        assertThat(problem.get("errors").findValuesAsText("message")).containsOnly("must not contain the NUL character");
    }

    @Test
    void aNulCharacterInAnAdminsQueryIsRefusedNamingTheParameter() {
        JsonNode problem = assertProblem(send("GET", "/orders?customerId=%00", TOKENS.admin("operator"), null, Map.of()), 400);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("customerId");
    }

    @Test
    void aMalformedIdempotencyKeyIsRefused() {
        String body = orderJson("tok_visa", line(product("KEYFMT-", "1.00"), 1));
        JsonNode problem = assertProblem(send("POST", "/orders", token, body, Map.of("Idempotency-Key", "x".repeat(201))), 400);
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void anOrderNeedsAnAccessToken() {
        String body = orderJson("tok_visa", line(product("ANON-", "1.00"), 1));
        assertProblem(send("POST", "/orders", null, body, Map.of()), 401);
        assertProblem(send("GET", "/admin/sagas", token, null, Map.of()), 403);
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "at com.");
        return problem;
    }
}
