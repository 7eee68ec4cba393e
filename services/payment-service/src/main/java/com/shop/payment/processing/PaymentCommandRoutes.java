package com.shop.payment.processing;

import com.shop.kafka.events.AuthorizePayment;
import com.shop.kafka.events.RefundPayment;
import com.shop.routes.consumer.ConsumerPolicy;
import com.shop.routes.consumer.EventReader;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The payment's part of the order saga: the commands of the order service. Each is recorded first (so it
 * is never lost and the partition moves on), then the provider is asked at once.
 */
@Component
public class PaymentCommandRoutes extends RouteBuilder {

    private final EventReader events;
    private final Payments payments;
    private final CommandProperties properties;

    public PaymentCommandRoutes(EventReader events, Payments payments, CommandProperties properties) {
        this.events = events;
        this.payments = payments;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from("kafka:{{topics.payments-commands}}?groupId={{shop.service-name}}-commands&consumersCount=" + properties.consumers())
                .routeId("payment-commands")
                .routeConfigurationId(ConsumerPolicy.ID)
                .process(events)
                .choice()
                    .when(body().isInstanceOf(AuthorizePayment.class)).to("direct:payment-authorize")
                    .when(body().isInstanceOf(RefundPayment.class)).to("direct:payment-refund")
                .end();

        from("direct:payment-authorize").routeId("payment-authorize").errorHandler(noErrorHandler())
                .bean(payments, "authorize")
                .filter(body().isNotNull())
                    .to(ProviderAttemptRoutes.ATTEMPT);

        from("direct:payment-refund").routeId("payment-refund").errorHandler(noErrorHandler())
                .bean(payments, "refund")
                .filter(body().isNotNull())
                    .to(ProviderAttemptRoutes.ATTEMPT);
    }
}
