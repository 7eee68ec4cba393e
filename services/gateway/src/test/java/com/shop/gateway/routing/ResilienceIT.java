package com.shop.gateway.routing;

import com.shop.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ResilienceIT extends GatewayIntegrationTest {

    @Test
    void requestsGoRoundRobinOverTheInstances() throws Exception {
        String sku = unique("SKU-");
        for (int i = 0; i < 4; i++) {
            assertThat(get("/api/products/" + sku, null).statusCode()).isEqualTo(200);
        }

        assertThat(INVENTORY_A.requestsFor("/products/" + sku)).hasSize(2);
        assertThat(INVENTORY_B.requestsFor("/products/" + sku)).hasSize(2);
    }

    @Test
    void anInstanceThatIsDownIsSkippedForEveryMethod() throws Exception {
        String id = unique("order-");
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/orders/" + id, customer()).statusCode()).isEqualTo(200);
            assertThat(send("POST", "/api/orders/" + id + "/cancel", customer(), "{}", Map.of()).statusCode()).isEqualTo(202);
        }

        assertThat(ORDERS.requestsFor("/orders/" + id)).hasSize(3);
        assertThat(ORDERS.requestsFor("/orders/" + id + "/cancel")).hasSize(3);
    }

    @Test
    void onlySafeRequestsAreRetriedWhenTheUpstreamHangsUp() throws Exception {
        String id = unique("n-");

        HttpResponse<String> read = get("/api/notifications/" + id, customer());
        HttpResponse<String> write = send("POST", "/api/notifications/" + id, customer(), "{}", Map.of());

        assertThat(read.statusCode()).isEqualTo(503);
        assertThat(read.body()).contains("notification-service is unavailable");
        assertThat(write.statusCode()).isEqualTo(503);
        assertThat(write.body()).as("the POST reached the service: it may have been carried out")
                .contains("may have been carried out", "same Idempotency-Key");
        assertThat(NOTIFICATIONS.requestsFor("/notifications/" + id)).extracting(request -> request.method())
                .containsExactlyInAnyOrder("GET", "GET", "GET", "POST");
    }

    @Test
    void anUpstreamThatDoesNotAnswerInItsRoutesTimeIsReportedUnavailable() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = get("/api/slow/" + unique("s-"), customer());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("slow-service is unavailable");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aWriteTheUpstreamDidNotAnswerInTimeMayHaveBeenCarriedOutAndTheProblemSaysSo() throws Exception {
        HttpResponse<String> response = send("POST", "/api/slow/" + unique("s-"), customer(), "{}", Map.of());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("slow-service did not answer in time", "may have been carried out",
                "same Idempotency-Key");
    }

    @Test
    void whenEveryInstanceIsDownTheAnswerIsA503NamingTheServiceAndTheBreakerOpens() throws Exception {
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (int i = 0; i < 6 && answers.stream().noneMatch(answer -> answer.body().contains("circuit breaker is open")); i++) {
            answers.add(get("/api/payments/" + unique("p-"), customer()));
        }

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("60");
            assertThat(answer.body()).contains("\"status\":503", "payment-service is unavailable", "\"correlationId\":\"");
            assertThat(answer.headers().map()).doesNotContainKeys("authorization", "Authorization", "x-real-ip", "X-Real-IP");
        });
        assertThat(answers.get(0).body()).contains("no instance answered");
        assertThat(answers.get(answers.size() - 1).body()).contains("circuit breaker is open");
    }
}
