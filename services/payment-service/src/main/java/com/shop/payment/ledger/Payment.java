package com.shop.payment.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The payment of one order: what is owed, where it stands with the provider, and, while the provider still
 * has to be asked something, how often that failed and when it is tried next. The order id is the
 * idempotency key of the authorization towards the provider, so an authorization is never charged twice.
 */
public record Payment(UUID id, String orderId, String customerId, BigDecimal amount, String currency, String paymentMethod,
                      PaymentStatus status, String providerReference, String declineReason, BigDecimal refundAmount,
                      String refundReason, int attempts, String lastError, Instant nextAttemptAt, Instant createdAt,
                      Instant updatedAt) {

    public String authorizationKey() {
        return orderId;
    }

    public String refundKey() {
        return orderId + ":refund";
    }

    /** In {@code status} now; a new step with the provider starts with no failed attempts. */
    public Payment moveTo(PaymentStatus next, Instant nextAttempt, Instant now) {
        return new Payment(id, orderId, customerId, amount, currency, paymentMethod, next, providerReference, declineReason,
                refundAmount, refundReason, 0, null, nextAttempt, createdAt, now);
    }

    public Payment withProviderReference(String reference) {
        return new Payment(id, orderId, customerId, amount, currency, paymentMethod, status, reference, declineReason,
                refundAmount, refundReason, attempts, lastError, nextAttemptAt, createdAt, updatedAt);
    }

    public Payment withDeclineReason(String reason) {
        return new Payment(id, orderId, customerId, amount, currency, paymentMethod, status, providerReference, reason,
                refundAmount, refundReason, attempts, lastError, nextAttemptAt, createdAt, updatedAt);
    }

    public Payment withRefund(BigDecimal refund, String reason) {
        return new Payment(id, orderId, customerId, amount, currency, paymentMethod, status, providerReference, declineReason,
                refund, reason, attempts, lastError, nextAttemptAt, createdAt, updatedAt);
    }

    public Payment withLastError(String error) {
        return new Payment(id, orderId, customerId, amount, currency, paymentMethod, status, providerReference, declineReason,
                refundAmount, refundReason, attempts, error, nextAttemptAt, createdAt, updatedAt);
    }

    /** One more failed attempt at the current step, tried again at {@code nextAttempt}. */
    public Payment postponed(String error, Instant nextAttempt, Instant now) {
        return new Payment(id, orderId, customerId, amount, currency, paymentMethod, status, providerReference, declineReason,
                refundAmount, refundReason, attempts + 1, error, nextAttempt, createdAt, now);
    }
}
