package com.shop.inventory.catalog;

import java.util.List;

/** One page of a catalogue listing. */
public record ProductPage(List<Product> items, int page, int size, long total) {
}
