package com.shop.notification.delivery;

import com.shop.kafka.events.NotificationChannel;
import com.shop.notification.channels.ChannelSenders;
import com.shop.notification.channels.SendResult;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Sending a delivery: routed by its channel to that channel's provider, each behind a circuit breaker of its own so a
 * provider that is down holds back only its own messages. A transient failure postpones the delivery, and the scheduled
 * retry sends it again with a growing delay; a refusal is an answer (not a breaker failure), recorded and never retried.
 */
@Component
public class DeliveryRoutes extends RouteBuilder {

    /** Sends the {@link Delivery} in the body. */
    public static final String SEND = "direct:notification-send";

    private final Deliveries deliveries;
    private final ChannelSenders senders;
    private final DeliveryProperties properties;

    public DeliveryRoutes(Deliveries deliveries, ChannelSenders senders, DeliveryProperties properties) {
        this.deliveries = deliveries;
        this.senders = senders;
        this.properties = properties;
    }

    @Override
    public void configure() {
        from(SEND).routeId("notification-send")
                .setProperty(Deliveries.DELIVERY, body())
                .choice()
                    .when(on(NotificationChannel.EMAIL)).to(channelUri(NotificationChannel.EMAIL))
                    .when(on(NotificationChannel.SMS)).to(channelUri(NotificationChannel.SMS))
                    .when(on(NotificationChannel.PUSH)).to(channelUri(NotificationChannel.PUSH))
                .end();

        for (NotificationChannel channel : NotificationChannel.values()) {
            sendThrough(channel);
        }

        from("timer:notification-retry?delay=" + properties.pollInterval().toMillis() + "&period=" + properties.pollInterval().toMillis())
                .routeId("notification-retry-due")
                .bean(deliveries, "claimDue")
                .split(body())
                    .bean(deliveries, "pending")
                    .filter(body().isNotNull())
                        .to(SEND)
                    .end()
                .end();
    }

    /**
     * One channel's send: through its own circuit breaker; the answer is recorded. No answer (the provider failed, or
     * the breaker is open and did not even ask it) falls back to postponing the delivery.
     */
    private void sendThrough(NotificationChannel channel) {
        DeliveryProperties.CircuitBreaker breaker = properties.circuitBreaker();
        String name = name(channel);
        from(channelUri(channel)).routeId("notification-send-" + name)
                .process(exchange -> exchange.setProperty(Deliveries.STARTED, System.nanoTime()))
                .circuitBreaker().id("notification-" + name + "-breaker")
                    .resilience4jConfiguration()
                        .failureRateThreshold(breaker.failureRateThreshold())
                        .slidingWindowSize(breaker.slidingWindowSize())
                        .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                        .waitDurationInOpenState((int) breaker.waitInOpenState().toSeconds())
                        .permittedNumberOfCallsInHalfOpenState(1)
                    .end()
                    .bean(senders, name)
                .onFallback()
                    .bean(deliveries, "postpone")
                    .process(exchange -> exchange.getIn().setBody(null))
                .end()
                .filter(body().isInstanceOf(SendResult.class))
                    .bean(deliveries, "answered")
                .end();
    }

    private static Predicate on(NotificationChannel channel) {
        return exchange -> delivery(exchange).channel() == channel;
    }

    private static Delivery delivery(Exchange exchange) {
        return exchange.getProperty(Deliveries.DELIVERY, Delivery.class);
    }

    private static String channelUri(NotificationChannel channel) {
        return "direct:notification-send-" + name(channel);
    }

    private static String name(NotificationChannel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
