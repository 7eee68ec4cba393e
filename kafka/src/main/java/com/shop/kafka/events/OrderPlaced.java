package com.shop.kafka.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order was accepted and its saga started; it is {@code PENDING} until stock and payment agree. */
public record OrderPlaced(String orderId, String customerId, List<OrderLine> lines, BigDecimal total, String currency,
                          Address shippingAddress, Instant placedAt) {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }
}
