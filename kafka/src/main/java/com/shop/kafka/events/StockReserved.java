package com.shop.kafka.events;

import java.time.Instant;
import java.util.List;

/** Every line of the order is reserved until {@code expiresAt} unless the order is confirmed first. */
public record StockReserved(String orderId, List<ReservationLine> lines, Instant expiresAt) {

    public StockReserved {
        lines = List.copyOf(lines);
    }
}
