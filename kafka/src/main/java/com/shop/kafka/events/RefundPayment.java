package com.shop.kafka.events;

import java.math.BigDecimal;

/** Refund what was taken for the order (a saga compensation). */
public record RefundPayment(String orderId, BigDecimal amount, String currency, String reason) {
}
