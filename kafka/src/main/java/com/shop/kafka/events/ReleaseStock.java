package com.shop.kafka.events;

/** Give back whatever is reserved for the order (a saga compensation). */
public record ReleaseStock(String orderId, String reason) {
}
