package com.shop.inventory.stock;

import java.time.Instant;

/** One change of a product's stock on hand. */
public record StockMovement(long id, String sku, int delta, String reason, String reference, Instant at) {
}
