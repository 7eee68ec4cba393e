package com.shop.notification.events;

import com.shop.kafka.events.LowStock;
import com.shop.kafka.events.OrderCancelled;
import com.shop.kafka.events.OrderConfirmed;
import com.shop.kafka.events.OrderPlaced;
import com.shop.kafka.events.PaymentAuthorized;
import com.shop.kafka.events.PaymentRefunded;
import com.shop.kafka.events.UserRegistered;
import com.shop.kafka.events.UserUpdated;
import com.shop.notification.delivery.Deliveries;
import com.shop.notification.delivery.DeliveryRoutes;
import com.shop.routes.consumer.ConsumerPolicy;
import com.shop.routes.consumer.EventReader;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * From the platform's events to messages: each topic's records are read and routed by event type to the rule that
 * says what to tell whom; the message is rendered from its template, its deliveries are recorded (once per event
 * and channel) and sent at once.
 */
@Component
public class NotificationEventRoutes extends RouteBuilder {

    private static final String TEMPLATE = "notificationTemplate";
    private static final String ROUTE_EVENT = "direct:notification-event";

    private final EventReader events;
    private final Notices notices;
    private final Deliveries deliveries;
    private final EventConsumerProperties properties;

    public NotificationEventRoutes(EventReader events, Notices notices, Deliveries deliveries, EventConsumerProperties properties) {
        this.events = events;
        this.notices = notices;
        this.deliveries = deliveries;
        this.properties = properties;
    }

    @Override
    public void configure() {
        consume("{{topics.users-events}}", "users");
        consume("{{topics.orders-events}}", "orders");
        consume("{{topics.payments-events}}", "payments");
        consume("{{topics.inventory-events}}", "inventory");

        from(ROUTE_EVENT).routeId("notification-event").errorHandler(noErrorHandler())
                .choice()
                    .when(body().isInstanceOf(UserRegistered.class)).bean(notices, "registered")
                    .when(body().isInstanceOf(UserUpdated.class)).bean(notices, "updated")
                    .when(body().isInstanceOf(OrderPlaced.class)).bean(notices, "placed")
                    .when(body().isInstanceOf(OrderConfirmed.class)).bean(notices, "confirmed")
                    .when(body().isInstanceOf(OrderCancelled.class)).bean(notices, "cancelled")
                    .when(body().isInstanceOf(PaymentAuthorized.class)).bean(notices, "receipt")
                    .when(body().isInstanceOf(PaymentRefunded.class)).bean(notices, "refunded")
                    .when(body().isInstanceOf(LowStock.class)).bean(notices, "lowStock")
                    .otherwise().setBody(constant(null))
                .end()
                .filter(body().isNotNull())
                    .setProperty(Deliveries.NOTICE, body())
                    .process(exchange -> exchange.setProperty(TEMPLATE, exchange.getIn().getBody(Notice.class).template()))
                    .setBody(exchange -> exchange.getIn().getBody(Notice.class).model())
                    .toD("freemarker:templates/${exchangeProperty." + TEMPLATE + "}.ftl?encoding=UTF-8")
                    .bean(deliveries, "plan")
                    .split(body())
                        .to(DeliveryRoutes.SEND)
                    .end()
                .end();
    }

    /** A consumer group per topic, its consumers side by side, with the platform's error policy: poison to the DLT, the rest retried. */
    private void consume(String topic, String name) {
        from("kafka:" + topic + "?groupId={{shop.service-name}}-" + name + "&consumersCount=" + properties.consumers())
                .routeId("notification-" + name)
                .routeConfigurationId(ConsumerPolicy.ID)
                .process(events)
                .to(ROUTE_EVENT);
    }
}
