package com.shop.kafka.events;

import java.time.Instant;

/** The order ended cancelled; {@code refunded} is true when a payment taken for it was refunded. */
public record OrderCancelled(String orderId, String customerId, String reason, Instant cancelledAt, boolean refunded) {
}
