package com.shop.kafka.events;

import java.time.Instant;

/** A warehouse received {@code quantity} units of {@code sku}; {@code deliveryReference} identifies the delivery. */
public record RestockDelivery(String sku, int quantity, String warehouse, String deliveryReference, Instant deliveredAt) {
}
