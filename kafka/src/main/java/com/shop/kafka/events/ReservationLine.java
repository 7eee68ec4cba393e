package com.shop.kafka.events;

/** A SKU and a quantity: a line of stock to reserve, or a line of an inbound order before it is priced. */
public record ReservationLine(String sku, int quantity) {
}
