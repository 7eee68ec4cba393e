package com.shop.kafka.events;

/** The order's reservation was given back to stock (released on request or expired). */
public record StockReleased(String orderId, String reason) {
}
