package com.shop.order.store;

/** How an order reached the shop: a customer over REST, or a partner system over {@code orders.inbound}. */
public enum OrderChannel {
    REST,
    PARTNER
}
