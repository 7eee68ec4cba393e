package com.shop.inventory.reservation;

import com.shop.kafka.events.OrderCancelled;
import com.shop.kafka.events.OrderConfirmed;
import com.shop.kafka.events.ReleaseStock;
import com.shop.kafka.events.ReserveStock;
import com.shop.routes.consumer.ConsumerPolicy;
import com.shop.routes.consumer.EventReader;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The inventory's part of the order saga: commands from the order service, the order events that
 * turn reservations into sales or free them, and the sweep that releases reservations nobody confirmed.
 */
@Component
public class ReservationRoutes extends RouteBuilder {

    private final EventReader events;
    private final Reservations reservations;
    private final ReservationProperties properties;

    public ReservationRoutes(EventReader events, Reservations reservations, ReservationProperties properties) {
        this.events = events;
        this.reservations = reservations;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("kafka:{{topics.inventory-commands}}?groupId={{shop.service-name}}-commands&consumersCount=" + properties.consumers())
                .routeId("inventory-commands")
                .routeConfigurationId(ConsumerPolicy.ID)
                .process(events)
                .choice()
                    .when(body().isInstanceOf(ReserveStock.class)).to("direct:inventory-reserve-stock")
                    .when(body().isInstanceOf(ReleaseStock.class)).to("direct:inventory-release-stock")
                .end();

        from("direct:inventory-reserve-stock").routeId("inventory-reserve-stock").errorHandler(noErrorHandler())
                .bean(reservations, "reserve");

        from("direct:inventory-release-stock").routeId("inventory-release-stock").errorHandler(noErrorHandler())
                .bean(reservations, "release");

        from("kafka:{{topics.orders-events}}?groupId={{shop.service-name}}-orders")
                .routeId("inventory-order-events")
                .routeConfigurationId(ConsumerPolicy.ID)
                .process(events)
                .choice()
                    .when(body().isInstanceOf(OrderConfirmed.class)).to("direct:inventory-confirm-sale")
                    .when(body().isInstanceOf(OrderCancelled.class)).to("direct:inventory-release-cancelled")
                    .otherwise().log(LoggingLevel.DEBUG, "nothing to do for ${header.ce_type}")
                .end();

        from("direct:inventory-confirm-sale").routeId("inventory-confirm-sale").errorHandler(noErrorHandler())
                .bean(reservations, "confirm");

        from("direct:inventory-release-cancelled").routeId("inventory-release-cancelled").errorHandler(noErrorHandler())
                .bean(reservations, "releaseCancelled");

        from("timer:reservation-expiry?period=" + properties.sweepInterval().toMillis())
                .routeId("inventory-reservation-expiry")
                .bean(reservations, "expireOverdue")
                .filter(body().isGreaterThan(0))
                    .log("released ${body} expired reservations");
    }
}
