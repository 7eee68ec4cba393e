package com.shop.payment.processing;

import com.shop.connectors.payment.Charge;
import com.shop.kafka.events.RefundPayment;
import com.shop.payment.PaymentIntegrationTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RefundIT extends PaymentIntegrationTest {

    @Test
    void aRefundAfterAnAuthorizationIsGivenBackOnceHoweverOftenItIsAsked() throws Exception {
        String order = unique("order-");
        publish(order, authorization(order, "customer-5", "60.00", "tok_visa"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !events(order, AUTHORIZED).isEmpty());

        RefundPayment refund = new RefundPayment(order, new BigDecimal("60.00"), "EUR", "customer cancelled");
        publish(order, refund);
        await().atMost(Duration.ofSeconds(20)).until(() -> events(order, REFUNDED).size() == 1);
        awaitHandled(publish(order, refund));

        assertThat(announced(order, REFUNDED)).as("the re-sent refund's answer is the first one, already in the outbox")
                .hasSize(1);
        assertThat(events(order, REFUNDED).get(0).value()).contains("\"amount\":60.00");
        Charge charge = charges(order).get(0);
        assertThat(charge.status()).isEqualTo(Charge.REFUNDED);
        assertThat(charge.refunds()).hasSize(1);
        assertThat(charge.amountRefunded()).isEqualByComparingTo("60.00");
        assertThat(jdbc.queryForList("SELECT kind || ' ' || result FROM payment_transactions t JOIN payments p ON p.id = t.payment_id"
                + " WHERE p.order_id = ? ORDER BY t.id", String.class, order))
                .containsExactly("AUTHORIZATION APPROVED", "REFUND APPROVED");
    }

    @Test
    void aRefundForAnOrderWithoutPaymentIsAnsweredAsNothingCharged() {
        String order = unique("order-");
        String eventId = publish(order, new RefundPayment(order, new BigDecimal("9.00"), "EUR", "never paid"));

        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM processed_events WHERE consumer = 'payment-refund' AND event_id = ?", Integer.class, eventId) == 1);
        assertThat(status(order)).isEqualTo("NONE");
        assertThat(events(order, REFUNDED)).isEmpty();
        await().atMost(Duration.ofSeconds(20)).until(() -> events(order, DECLINED).size() == 1);
        assertThat(events(order, DECLINED).get(0).value()).contains("nothing to refund");
        assertThat(KAFKA.records(COMMANDS + ".DLT", r -> order.equals(r.key()))).isEmpty();
    }
}
