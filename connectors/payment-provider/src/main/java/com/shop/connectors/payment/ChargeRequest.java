package com.shop.connectors.payment;

import java.math.BigDecimal;

/**
 * Authorize {@code amount} on the card behind {@code source} (a card token). The provider remembers the
 * {@code idempotencyKey}: a request repeated with the same key never charges twice.
 */
public record ChargeRequest(String idempotencyKey, BigDecimal amount, String currency, String source, String description) {
}
