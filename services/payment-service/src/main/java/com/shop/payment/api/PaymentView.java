package com.shop.payment.api;

import com.shop.payment.ledger.Payment;
import com.shop.payment.ledger.PaymentStatus;
import com.shop.payment.ledger.PaymentTransaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A payment as the API shows it: where it stands, the provider's decisions, and while it waits for the
 * provider, how often that failed, why, and when it is tried next. The card token is not shown.
 */
public record PaymentView(UUID id, String orderId, String customerId, BigDecimal amount, String currency, PaymentStatus status,
                          String providerReference, String declineReason, BigDecimal refundAmount, String refundReason,
                          int attempts, String lastError, Instant nextAttemptAt, Instant createdAt, Instant updatedAt,
                          List<PaymentTransaction> transactions) {

    static PaymentView of(Payment p, List<PaymentTransaction> transactions) {
        return new PaymentView(p.id(), p.orderId(), p.customerId(), p.amount(), p.currency(), p.status(), p.providerReference(),
                p.declineReason(), p.refundAmount(), p.refundReason(), p.attempts(), p.lastError(),
                p.status().awaitsProvider() ? p.nextAttemptAt() : null, p.createdAt(), p.updatedAt(), transactions);
    }
}
