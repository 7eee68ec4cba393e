package com.shop.order.customers;

import com.shop.kafka.events.UserRegistered;
import com.shop.kafka.events.UserUpdated;
import com.shop.routes.consumer.ConsumerPolicy;
import com.shop.routes.consumer.EventReader;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Keeps the customer projection from {@code users.events}: every user an event names has an account. */
@Component
public class CustomerRoutes extends RouteBuilder {

    private final EventReader events;
    private final Customers customers;

    public CustomerRoutes(EventReader events, Customers customers) {
        this.events = events;
        this.customers = customers;
    }

    @Override
    public void configure() {
        from("kafka:{{topics.users-events}}?groupId={{shop.service-name}}-customers")
                .routeId("order-customers")
                .routeConfigurationId(ConsumerPolicy.ID)
                .process(events)
                .choice()
                    .when(body().isInstanceOf(UserRegistered.class))
                        .process(exchange -> customers.recordAccount(exchange.getIn().getBody(UserRegistered.class).userId()))
                    .when(body().isInstanceOf(UserUpdated.class))
                        .process(exchange -> customers.recordAccount(exchange.getIn().getBody(UserUpdated.class).userId()))
                .end();
    }
}
