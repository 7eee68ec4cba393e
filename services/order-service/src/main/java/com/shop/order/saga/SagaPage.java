package com.shop.order.saga;

import java.util.List;

/** One page of a saga listing, least recently changed first. */
public record SagaPage(List<SagaView> items, int page, int size, long total) {
}
