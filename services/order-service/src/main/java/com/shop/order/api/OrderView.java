package com.shop.order.api;

import com.shop.kafka.events.Address;
import com.shop.kafka.events.OrderLine;
import com.shop.order.store.Order;
import com.shop.order.store.OrderStatus;
import com.shop.order.store.StatusChange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as its customer sees it, with every status change and why it happened. Prices are null while
 * the order waits for the catalogue; the payment method token is never shown.
 */
public record OrderView(String id, String customerId, OrderStatus status, List<OrderLine> lines, BigDecimal total,
                        String currency, Address shippingAddress, Instant placedAt, Instant updatedAt,
                        List<StatusChange> history) {

    static OrderView of(Order order, List<StatusChange> history) {
        return new OrderView(order.id(), order.customerId(), order.status(), order.lines(), order.total(), order.currency(),
                order.shippingAddress(), order.placedAt(), order.updatedAt(), List.copyOf(history));
    }
}
