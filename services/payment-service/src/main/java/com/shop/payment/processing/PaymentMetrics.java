package com.shop.payment.processing;

import com.shop.payment.ledger.PaymentStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Business counters of payments, beside Camel's per-route metrics and the provider call timer. */
@Component
class PaymentMetrics {

    private final Map<PaymentStatus, Counter> outcomes = new EnumMap<>(PaymentStatus.class);
    private final MeterRegistry registry;

    PaymentMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (PaymentStatus status : new PaymentStatus[]{PaymentStatus.AUTHORIZED, PaymentStatus.DECLINED, PaymentStatus.CANCELLED,
                PaymentStatus.REFUNDED, PaymentStatus.REFUND_FAILED}) {
            outcomes.put(status, Counter.builder("payments.outcomes").description("Payments that reached a final status")
                    .tag("outcome", status.name().toLowerCase(Locale.ROOT)).register(registry));
        }
    }

    /** Counts a payment that reached {@code status}, when it is a final one. */
    void reached(PaymentStatus status) {
        Counter counter = outcomes.get(status);
        if (counter != null) {
            counter.increment();
        }
    }

    /** Counts a payment step that could not reach the provider and waits for the next attempt. */
    void postponed(String reason) {
        registry.counter("payments.postponed", "reason", reason).increment();
    }
}
