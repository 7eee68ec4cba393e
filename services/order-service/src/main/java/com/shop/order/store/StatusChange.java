package com.shop.order.store;

import java.time.Instant;

/** One entry of an order's status history: the status and saga step it reached, when, and why. */
public record StatusChange(OrderStatus status, String step, String reason, Instant at) {
}
