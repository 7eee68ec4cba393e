package com.shop.kafka.events;

/** A line that could not be reserved: how much was asked for and how much was available. */
public record ShortLine(String sku, int requested, int available) {
}
