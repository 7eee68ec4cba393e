package com.shop.kafka.events;

import java.util.List;

/** Nothing was reserved for the order because the listed lines are short. */
public record StockRejected(String orderId, List<ShortLine> shortLines, String reason) {

    public StockRejected {
        shortLines = List.copyOf(shortLines);
    }
}
