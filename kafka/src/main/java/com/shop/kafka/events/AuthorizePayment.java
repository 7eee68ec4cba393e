package com.shop.kafka.events;

import java.math.BigDecimal;

/** Authorize the order's amount; the order id is the idempotency key towards the provider. */
public record AuthorizePayment(String orderId, String customerId, BigDecimal amount, String currency,
                               String paymentMethod) {
}
