package com.shop.routes.testapp;

import com.shop.routes.consumer.ConsumerPolicy;
import com.shop.routes.consumer.EventReader;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Stock deliveries from warehouses: validated, then applied to the ledger. */
@Component
public class RestockRoutes extends RouteBuilder {

    private final EventReader eventReader;
    private final StockLedger ledger;

    public RestockRoutes(EventReader eventReader, StockLedger ledger) {
        this.eventReader = eventReader;
        this.ledger = ledger;
    }

    @Override
    public void configure() {
        from("kafka:{{topics.inventory-restock}}?groupId=routes-test")
                .routeId("test-restock")
                .routeConfigurationId(ConsumerPolicy.ID)
                .process(eventReader)
                .log("restock of ${body.sku}")
                .bean(ledger, "receive");
    }
}
