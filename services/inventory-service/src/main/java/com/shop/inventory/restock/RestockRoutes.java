package com.shop.inventory.restock;

import com.shop.inventory.stock.Stock;
import com.shop.routes.consumer.ConsumerPolicy;
import com.shop.routes.consumer.EventReader;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Deliveries announced by warehouse systems on {@code inventory.restock}: validated, then added to stock once. */
@Component
public class RestockRoutes extends RouteBuilder {

    private final EventReader events;
    private final Stock stock;

    public RestockRoutes(EventReader events, Stock stock) {
        this.events = events;
        this.stock = stock;
    }

    @Override
    public void configure() {
        from("kafka:{{topics.inventory-restock}}?groupId={{shop.service-name}}-restock")
                .routeId("inventory-restock")
                .routeConfigurationId(ConsumerPolicy.ID)
                .process(events)
                .bean(stock, "receive");
    }
}
