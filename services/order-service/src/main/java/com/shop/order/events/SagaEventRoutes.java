package com.shop.order.events;

import com.shop.kafka.events.PaymentAuthorized;
import com.shop.kafka.events.PaymentDeclined;
import com.shop.kafka.events.PaymentRefunded;
import com.shop.kafka.events.StockRejected;
import com.shop.kafka.events.StockReleased;
import com.shop.kafka.events.StockReserved;
import com.shop.order.saga.SagaProperties;
import com.shop.order.saga.Sagas;
import com.shop.routes.consumer.ConsumerPolicy;
import com.shop.routes.consumer.EventReader;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The participants' answers to the order saga's commands: inventory's about stock, payment's about money. */
@Component
public class SagaEventRoutes extends RouteBuilder {

    private final EventReader events;
    private final Sagas sagas;
    private final SagaProperties properties;

    public SagaEventRoutes(EventReader events, Sagas sagas, SagaProperties properties) {
        this.events = events;
        this.sagas = sagas;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("kafka:{{topics.inventory-events}}?groupId={{shop.service-name}}-inventory&consumersCount=" + properties.consumers())
                .routeId("order-inventory-events")
                .routeConfigurationId(ConsumerPolicy.ID)
                .process(events)
                .choice()
                    .when(body().isInstanceOf(StockReserved.class)).to("direct:order-stock-reserved")
                    .when(body().isInstanceOf(StockRejected.class)).to("direct:order-stock-rejected")
                    .when(body().isInstanceOf(StockReleased.class)).to("direct:order-stock-released")
                    .otherwise().log(LoggingLevel.DEBUG, "nothing to do for ${header.ce_type}")
                .end();

        from("direct:order-stock-reserved").routeId("order-stock-reserved").errorHandler(noErrorHandler())
                .bean(sagas, "stockReserved");

        from("direct:order-stock-rejected").routeId("order-stock-rejected").errorHandler(noErrorHandler())
                .bean(sagas, "stockRejected");

        from("direct:order-stock-released").routeId("order-stock-released").errorHandler(noErrorHandler())
                .bean(sagas, "stockReleased");

        from("kafka:{{topics.payments-events}}?groupId={{shop.service-name}}-payments&consumersCount=" + properties.consumers())
                .routeId("order-payment-events")
                .routeConfigurationId(ConsumerPolicy.ID)
                .process(events)
                .choice()
                    .when(body().isInstanceOf(PaymentAuthorized.class)).to("direct:order-payment-authorized")
                    .when(body().isInstanceOf(PaymentDeclined.class)).to("direct:order-payment-declined")
                    .when(body().isInstanceOf(PaymentRefunded.class)).to("direct:order-payment-refunded")
                .end();

        from("direct:order-payment-authorized").routeId("order-payment-authorized").errorHandler(noErrorHandler())
                .bean(sagas, "paymentAuthorized");

        from("direct:order-payment-declined").routeId("order-payment-declined").errorHandler(noErrorHandler())
                .bean(sagas, "paymentDeclined");

        from("direct:order-payment-refunded").routeId("order-payment-refunded").errorHandler(noErrorHandler())
                .bean(sagas, "paymentRefunded");
    }
}
