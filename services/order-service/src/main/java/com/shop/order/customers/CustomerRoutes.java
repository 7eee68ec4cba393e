package com.shop.order.customers;

import com.shop.kafka.events.UserRegistered;
import com.shop.kafka.events.UserUpdated;
import com.shop.routes.ShopProperties;
import com.shop.routes.consumer.ConsumerPolicy;
import com.shop.routes.consumer.EventReader;
import org.apache.camel.builder.PredicateBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Keeps the customer projection from {@code users.events}: every user an event names has an account. */
@Component
public class CustomerRoutes extends RouteBuilder {

    private final EventReader events;
    private final CustomerStore customers;
    private final ShopProperties shop;

    public CustomerRoutes(EventReader events, CustomerStore customers, ShopProperties shop) {
        this.events = events;
        this.customers = customers;
        this.shop = shop;
    }

    /** The projection's consumer group, one for every instance of the service: each reads some partitions. */
    static String consumerGroup(String serviceName) {
        return serviceName + "-customers";
    }

    @Override
    public void configure() {
        from("kafka:{{topics.users-events}}?groupId=" + consumerGroup(shop.serviceName()))
                .routeId("order-customers")
                .routeConfigurationId(ConsumerPolicy.ID)
                .process(events)
                .filter(PredicateBuilder.or(body().isInstanceOf(UserRegistered.class), body().isInstanceOf(UserUpdated.class)))
                    .bean(customers, "recordAccount(${body.userId})");
    }
}
