package com.shop.connectors.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A charge as the provider reports it: what was taken, under which idempotency key, and what was given back. */
public record Charge(String id, String idempotencyKey, BigDecimal amount, String currency, String source, String status,
                     BigDecimal amountRefunded, List<Refund> refunds, Instant createdAt) {

    public static final String SUCCEEDED = "succeeded";
    public static final String PARTIALLY_REFUNDED = "partially_refunded";
    public static final String REFUNDED = "refunded";

    public Charge {
        refunds = refunds == null ? List.of() : List.copyOf(refunds);
    }
}
