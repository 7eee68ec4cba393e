package com.shop.order.store;

import java.math.BigDecimal;
import java.time.Instant;

/** An order in a listing: where it stands and what it costs, without its lines and history. */
public record OrderSummary(String id, String customerId, OrderStatus status, int items, BigDecimal total, String currency,
                           Instant placedAt, Instant updatedAt) {
}
