package com.shop.payment.processing;

import com.shop.payment.PaymentIntegrationTest;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A payment whose attempt died with its process (killed while it called the provider) stays PENDING under its
 * lease. The saga sends AuthorizePayment again because it heard nothing: once the lease has ended, that command
 * takes the payment up at once; while the lease holds, it leaves the payment to the attempt that holds it.
 */
class InterruptedAttemptIT extends PaymentIntegrationTest {

    private static final String SCHEDULED_RETRY = "payment-retry-due";

    @Autowired
    CamelContext camel;

    @BeforeEach
    void stopTheScheduledRetry() throws Exception {
        camel.getRouteController().stopRoute(SCHEDULED_RETRY);
    }

    @AfterEach
    void restartTheScheduledRetry() throws Exception {
        camel.getRouteController().startRoute(SCHEDULED_RETRY);
    }

    @Test
    void aReSentAuthorizationTakesUpAPaymentWhoseAttemptDiedOnceItsLeaseEnded() throws Exception {
        String order = unique("order-");
        pendingAsADeadAttemptLeftIt(order, "17.50", Duration.ofSeconds(-1));

        publish(order, authorization(order, "customer-5", "17.50", "tok_visa"));

        String authorized = await().atMost(Duration.ofSeconds(20))
                .until(() -> events(order, AUTHORIZED), l -> !l.isEmpty()).get(0).value();
        assertThat(authorized).contains("\"paymentId\":\"" + payment(order).get("id") + "\"");
        assertThat(payment(order)).containsEntry("status", "AUTHORIZED");
        assertThat(charges(order)).hasSize(1);
    }

    @Test
    void aReSentAuthorizationLeavesAPaymentToTheAttemptThatHoldsItsLease() throws Exception {
        String order = unique("order-");
        pendingAsADeadAttemptLeftIt(order, "17.50", Duration.ofMinutes(1));
        Object leasedUntil = payment(order).get("next_attempt_at");

        String resent = publish(order, authorization(order, "customer-5", "17.50", "tok_visa"));

        awaitHandled(resent);
        assertThat(payment(order)).as("neither taken up nor leased again").containsEntry("status", "PENDING")
                .containsEntry("next_attempt_at", leasedUntil);
        assertThat(charges(order)).as("no second call beside the one holding the lease").isEmpty();
    }

    /** The payment as {@code Payments.authorize} records it before the provider is called, its lease ending after {@code leaseLeft}. */
    private void pendingAsADeadAttemptLeftIt(String order, String amount, Duration leaseLeft) {
        jdbc.update("""
                INSERT INTO payments (id, order_id, customer_id, amount, currency, payment_method, status, attempts,
                                      next_attempt_at, created_at, updated_at)
                VALUES (?, ?, 'customer-5', ?::numeric, 'EUR', 'tok_visa', 'PENDING', 0,
                        now() + make_interval(secs => ?), now() - interval '20 seconds', now() - interval '20 seconds')""",
                UUID.randomUUID(), order, amount, (double) leaseLeft.toSeconds());
    }
}
