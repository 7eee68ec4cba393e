package com.shop.order.store;

/** Where an order stands for its customer; the saga's finer-grained state maps onto it. */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    CANCELLING,
    CANCELLED,
    FAILED
}
