package com.shop.gateway.ratelimit;

import com.shop.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitIT extends GatewayIntegrationTest {

    @Test
    void aClientAddressOverItsLimitGets429WithRetryAfter() throws Exception {
        Map<String, String> sameAddress = Map.of("X-Real-IP", newClientIp());
        for (int i = 0; i < 5; i++) {
            assertThat(send("GET", "/api/products", null, null, sameAddress).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = send("GET", "/api/products", null, null, sameAddress);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 100L));
        assertThat(refused.body()).contains("\"status\":429", "client");
        assertThat(send("GET", "/api/products", null, null, Map.of("X-Real-IP", newClientIp())).statusCode()).isEqualTo(200);
    }

    @Test
    void aClientThatReachesTheGatewayDirectlyCannotEscapeItsLimitByNamingNewAddresses() throws Exception {
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(getFrom("127.0.0.3", "/api/products", Map.of("X-Real-IP", newClientIp())));
        }

        assertThat(statuses).map(line -> line.substring(0, 12))
                .containsExactly("HTTP/1.1 200", "HTTP/1.1 200", "HTTP/1.1 200", "HTTP/1.1 200", "HTTP/1.1 200", "HTTP/1.1 429");
    }

    @Test
    void aUserOverTheirLimitGets429FromAnyAddress() throws Exception {
        String token = customer();
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/orders", token).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = get("/api/orders", token);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("user");
        assertThat(get("/api/orders", customer()).statusCode()).isEqualTo(200);
    }
}
