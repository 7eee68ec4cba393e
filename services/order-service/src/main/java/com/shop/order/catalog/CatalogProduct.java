package com.shop.order.catalog;

import java.math.BigDecimal;

/** What the order service reads of a catalogue product: its price and whether it can be ordered now. */
public record CatalogProduct(String sku, BigDecimal price, String currency, boolean active, int available) {
}
