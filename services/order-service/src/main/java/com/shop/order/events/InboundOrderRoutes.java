package com.shop.order.events;

import com.shop.order.customers.CustomerCheck;
import com.shop.order.placement.OrderPlacement;
import com.shop.routes.consumer.ConsumerPolicy;
import com.shop.routes.consumer.EventReader;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Orders from partner systems on {@code orders.inbound}: checked against their schema (a record that fails
 * goes to the dead-letter topic with the reason) and for an account behind their customer id, then placed like a
 * customer's order, once per reference.
 */
@Component
public class InboundOrderRoutes extends RouteBuilder {

    private final EventReader events;
    private final CustomerCheck customers;
    private final OrderPlacement placement;

    public InboundOrderRoutes(EventReader events, CustomerCheck customers, OrderPlacement placement) {
        this.events = events;
        this.customers = customers;
        this.placement = placement;
    }

    @Override
    public void configure() {
        from("kafka:{{topics.orders-inbound}}?groupId={{shop.service-name}}-inbound")
                .routeId("order-inbound")
                .routeConfigurationId(ConsumerPolicy.ID)
                .process(events)
                .process(customers)
                .bean(placement, "placeForPartner");
    }
}
