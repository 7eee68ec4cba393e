package com.shop.order.saga;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Deadlines of the order saga: a scan finds steps whose answer is overdue; the pricing step is tried
 * again by asking the catalogue, any other step is handed to the saga rules (sent again, compensated,
 * or failed). Every instance may scan: each step is re-checked under its row lock.
 */
@Component
public class SagaDeadlineRoutes extends RouteBuilder {

    private final Sagas sagas;
    private final PricingStep pricing;
    private final SagaProperties properties;

    public SagaDeadlineRoutes(Sagas sagas, PricingStep pricing, SagaProperties properties) {
        this.sagas = sagas;
        this.pricing = pricing;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("timer:order-saga-deadlines?period=" + properties.scanInterval().toMillis())
                .routeId("order-saga-deadlines")
                .bean(sagas, "overdue")
                .split(body())
                    .choice()
                        .when(simple("${body.pricing()}")).to("direct:order-saga-reprice")
                        .otherwise().to("direct:order-saga-step-overdue")
                    .end()
                .end();

        from("direct:order-saga-step-overdue").routeId("order-saga-step-overdue")
                .bean(sagas, "stepOverdue(${body.orderId})");

        from("direct:order-saga-reprice").routeId("order-saga-reprice")
                .bean(pricing, "price(${body.orderId})");
    }
}
