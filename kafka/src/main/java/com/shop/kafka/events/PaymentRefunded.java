package com.shop.kafka.events;

import java.math.BigDecimal;

/** The payment of the order was refunded. */
public record PaymentRefunded(String orderId, String paymentId, BigDecimal amount, String currency) {
}
