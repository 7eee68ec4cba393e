package com.shop.inventory.stock;

/** A product's stock after a change. */
public record StockLevel(String sku, int stockOnHand, int reserved, int available) {
}
