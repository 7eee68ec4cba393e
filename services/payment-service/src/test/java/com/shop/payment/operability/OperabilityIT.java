package com.shop.payment.operability;

import com.shop.payment.PaymentIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OperabilityIT extends PaymentIntegrationTest {

    @Test
    void readinessCoversTheDatabaseAndCamel() throws Exception {
        HttpResponse<String> readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\"", "\"camelHealth\"");
    }

    @Test
    void prometheusHasPaymentOutcomesProviderLatencyAndRouteMetrics() throws Exception {
        String order = unique("order-");
        publish(order, authorization(order, "customer-9", "2.00", "tok_visa"));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(order).equals("AUTHORIZED"));

        String metrics = get("/actuator/prometheus").body();
        Matcher authorized = Pattern.compile("payments_outcomes_total\\{outcome=\"authorized\",service=\"payment-service\"} ([0-9.]+)")
                .matcher(metrics);
        assertThat(authorized.find()).as("the authorized counter is exported").isTrue();
        assertThat(Double.parseDouble(authorized.group(1))).isGreaterThanOrEqualTo(1);
        assertThat(metrics).contains("outcome=\"declined\"", "outcome=\"refunded\"", "payments_provider_latency_seconds_count{",
                "operation=\"authorize\"", "result=\"approved\"", "routeId=\"payment-commands\"",
                "routeId=\"payment-provider-attempt\"");
    }
}
