package com.shop.order.store;

import java.util.List;

/** One page of an order listing, newest first. */
public record OrderPage(List<OrderSummary> items, int page, int size, long total) {
}
