package com.shop.payment.processing;

import com.shop.kafka.events.RefundPayment;
import com.shop.payment.PaymentIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProviderOutageIT extends PaymentIntegrationTest {

    @AfterEach
    void providerIsBack() throws Exception {
        providerOutage(false);
    }

    @Test
    void whileTheProviderIsDownPaymentsWaitAndAreAuthorizedOnceItRecovers() throws Exception {
        providerOutage(true);
        String order = unique("order-");
        publish(order, authorization(order, "customer-7", "19.99", "tok_visa"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> String.valueOf(payment(order).get("last_error")).contains("circuit breaker towards the provider is open"));
        assertThat(payment(order)).containsEntry("status", "PENDING");
        assertThat(events(order, DECLINED)).as("an unreachable provider is no reason to decline").isEmpty();
        assertThat(events(order, AUTHORIZED)).isEmpty();

        providerOutage(false);
        await().atMost(Duration.ofSeconds(20)).until(() -> !events(order, AUTHORIZED).isEmpty());
        assertThat(charges(order)).hasSize(1);
        assertThat(events(order, DECLINED)).isEmpty();
        assertThat(get("/actuator/prometheus").body()).contains("payments_postponed_total{", "reason=\"circuit_open\"");
    }

    @Test
    void anOrderCancelledWhileItsPaymentWaitsIsNeverCharged() throws Exception {
        providerOutage(true);
        String order = unique("order-");
        publish(order, authorization(order, "customer-8", "33.00", "tok_visa"));
        await().atMost(Duration.ofSeconds(20)).until(() -> (Integer) payment(order).get("attempts") >= 1);

        publish(order, new RefundPayment(order, new BigDecimal("33.00"), "EUR", "payment step overdue"));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(order).equals("CANCELLING"));
        providerOutage(false);

        String declined = await().atMost(Duration.ofSeconds(20))
                .until(() -> events(order, DECLINED), l -> !l.isEmpty()).get(0).value();
        assertThat(declined).contains("cancelled before the provider charged it: payment step overdue");
        assertThat(status(order)).isEqualTo("CANCELLED");
        assertThat(charges(order)).isEmpty();
        assertThat(events(order, AUTHORIZED)).isEmpty();
    }
}
