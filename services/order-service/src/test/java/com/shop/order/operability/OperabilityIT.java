package com.shop.order.operability;

import com.shop.order.OrderIntegrationTest;
import com.shop.order.support.SagaParticipants.Stock;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OperabilityIT extends OrderIntegrationTest {

    @Test
    void readinessCoversTheDatabaseAndCamelWithoutAToken() {
        HttpResponse<String> readiness = send("GET", "/actuator/health/readiness", null, null, Map.of());
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\"", "\"camelHealth\"");
    }

    @Test
    void prometheusCountsOrdersByOutcomeAndTimesTheSagaSteps() {
        String token = newCustomer();
        awaitStatus(token, place(token, orderJson("tok_visa", line(product("METRIC-", "5.00"), 1))), "CONFIRMED");
        String soldOut = product("METRIC-OUT-", "5.00");
        PARTICIPANTS.stock(soldOut, Stock.REJECTS);
        awaitStatus(token, place(token, orderJson("tok_visa", line(soldOut, 1))), "CANCELLED");

        String metrics = send("GET", "/actuator/prometheus", null, null, Map.of()).body();
        assertThat(metrics).containsPattern("orders_placed_total\\{[^}]*channel=\"rest\"[^}]*\\} [1-9]")
                .containsPattern("orders_confirmed_total\\{[^}]*\\} [1-9]")
                .containsPattern("orders_cancelled_total\\{[^}]*reason=\"out_of_stock\"[^}]*\\} [1-9]")
                .containsPattern("orders_cancelled_total\\{[^}]*reason=\"payment_declined\"[^}]*\\} [0-9]")
                .containsPattern("order_saga_step_duration_seconds_count\\{[^}]*outcome=\"authorizing_payment\"[^}]*step=\"reserving_stock\"")
                .contains("routeId=\"order-place\"", "routeId=\"order-inventory-events\"", "routeId=\"order-catalog-product\"");
    }

    @Test
    void operatorsSeeTheSagaRoutesInHawtioThroughJolokia() {
        String admin = TOKENS.admin(unique("operator-"));
        assertThat(send("GET", "/actuator/hawtio/", admin, null, Map.of()).statusCode()).isEqualTo(200);
        HttpResponse<String> routes = send("GET", "/actuator/jolokia/search/org.apache.camel:type=routes,*", admin, null, Map.of());
        assertThat(routes.statusCode()).isEqualTo(200);
        assertThat(routes.body()).contains("order-saga-deadlines", "order-stock-reserved", "order-inbound", "order-service-outbox-relay");
        assertThat(send("GET", "/actuator/jolokia/search/org.apache.camel:type=routes,*", newCustomer(), null, Map.of()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheOrderApi() {
        HttpResponse<String> api = send("GET", "/api-doc", null, null, Map.of());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("/orders/{id}/cancel", "/admin/sagas/{orderId}/retry", "Idempotency-Key");
    }
}
