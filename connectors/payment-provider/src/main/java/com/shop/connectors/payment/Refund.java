package com.shop.connectors.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** Money given back on a charge. */
public record Refund(String id, String chargeId, String idempotencyKey, BigDecimal amount, String currency, String status,
                     Instant createdAt) {

    public static final String SUCCEEDED = "succeeded";
}
