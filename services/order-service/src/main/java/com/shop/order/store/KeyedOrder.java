package com.shop.order.store;

/** The order an idempotency key placed, with the fingerprint of that request. */
public record KeyedOrder(String orderId, String requestHash) {
}
