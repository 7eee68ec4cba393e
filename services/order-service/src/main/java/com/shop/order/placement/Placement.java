package com.shop.order.placement;

import com.shop.order.store.Order;

/** The order a placement request led to; {@code replayed} when an earlier request with the same idempotency key placed it. */
public record Placement(Order order, boolean replayed) {
}
