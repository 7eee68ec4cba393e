package com.shop.payment.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One decision of the provider about a payment: an authorization or a refund, approved or declined. */
public record PaymentTransaction(long id, UUID paymentId, Kind kind, BigDecimal amount, String currency, String idempotencyKey,
                                 String providerReference, Result result, String detail, Instant occurredAt) {

    public enum Kind { AUTHORIZATION, REFUND }

    public enum Result { APPROVED, DECLINED }
}
