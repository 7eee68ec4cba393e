package com.shop.kafka.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Stock is reserved and payment authorized: the order is final and its reservation becomes a sale. */
public record OrderConfirmed(String orderId, String customerId, List<OrderLine> lines, BigDecimal total, String currency,
                             Instant confirmedAt) {

    public OrderConfirmed {
        lines = List.copyOf(lines);
    }
}
