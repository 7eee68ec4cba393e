package com.shop.payment.provider;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the provider is asked for a payment: authorize its amount, look up what happened under its
 * authorization key, or refund its charge ({@code chargeReference}).
 */
public record ProviderRequest(Operation operation, UUID paymentId, String orderId, String idempotencyKey,
                              String chargeReference, BigDecimal amount, String currency, String paymentMethod) {

    public enum Operation { AUTHORIZE, LOOKUP, REFUND }
}
