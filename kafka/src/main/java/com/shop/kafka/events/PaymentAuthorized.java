package com.shop.kafka.events;

import java.math.BigDecimal;

/** The provider authorized the order's amount under {@code providerReference}. */
public record PaymentAuthorized(String orderId, String paymentId, BigDecimal amount, String currency,
                                String providerReference) {
}
