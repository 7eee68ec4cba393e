package com.shop.kafka.events;

/** A product's available stock fell to or below its threshold; keyed by {@code sku}. */
public record LowStock(String sku, String name, int available, int threshold) {
}
