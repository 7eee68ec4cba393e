package com.shop.connectors.payment;

import java.math.BigDecimal;

/** Give back {@code amount} of the charge {@code chargeId}; the {@code idempotencyKey} makes a repeated request refund once. */
public record RefundRequest(String chargeId, String idempotencyKey, BigDecimal amount) {
}
