package com.shop.kafka.events;

import java.util.List;

/**
 * An order from a partner system, keyed by the partner's {@code externalReference}. The customer is
 * named by {@code customerId} or {@code customerEmail} (at least one); prices come from the catalogue.
 */
public record InboundOrder(String externalReference, String customerId, String customerEmail,
                           List<ReservationLine> lines, Address shippingAddress, String paymentMethod) {

    public InboundOrder {
        lines = List.copyOf(lines);
    }
}
