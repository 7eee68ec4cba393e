package com.shop.order.placement;

import com.shop.kafka.events.Address;
import com.shop.kafka.events.ReservationLine;

import java.util.List;

/** An order to place, however it arrived: who orders, what (skus and quantities, never prices), where to, paid how. */
public record OrderRequest(String customerId, List<ReservationLine> lines, Address shippingAddress, String paymentMethod) {

    public OrderRequest {
        lines = List.copyOf(lines);
    }
}
