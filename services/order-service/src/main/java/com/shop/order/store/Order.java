package com.shop.order.store;

import com.shop.kafka.events.Address;
import com.shop.kafka.events.OrderLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order with its lines. The lines' unit prices, the total and the currency are the catalogue's and
 * are null while the order waits for the catalogue to price it.
 */
public record Order(String id, String customerId, OrderStatus status, OrderChannel channel, List<OrderLine> lines,
                    BigDecimal total, String currency, Address shippingAddress, String paymentMethod,
                    Instant placedAt, Instant updatedAt) {

    public Order {
        lines = List.copyOf(lines);
    }

    public boolean priced() {
        return currency != null;
    }

    public Order pricedAs(List<OrderLine> pricedLines, BigDecimal pricedTotal, String pricedCurrency) {
        return new Order(id, customerId, status, channel, pricedLines, pricedTotal, pricedCurrency, shippingAddress,
                paymentMethod, placedAt, updatedAt);
    }
}
