package com.shop.inventory.catalog;

/** What a shopper or the order service needs to know before ordering: can this many be had now. */
public record Availability(String sku, boolean active, int available, int stockOnHand, int reserved) {
}
