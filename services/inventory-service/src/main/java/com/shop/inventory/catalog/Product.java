package com.shop.inventory.catalog;

import java.math.BigDecimal;
import java.time.Instant;

/** A catalogue entry with its stock: on hand (reserved units included), reserved, and available to sell. */
public record Product(String sku, String name, String description, String category, BigDecimal price, String currency,
                      int stockOnHand, int reserved, int available, int lowStockThreshold, boolean active,
                      Instant createdAt, Instant updatedAt) {
}
