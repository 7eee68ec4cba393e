package com.shop.kafka.events;

import java.util.List;

/** Reserve every line for the order, all or nothing. */
public record ReserveStock(String orderId, List<ReservationLine> lines) {

    public ReserveStock {
        lines = List.copyOf(lines);
    }
}
