package com.shop.routes.idempotency;

import com.shop.routes.ShopProperties;
import org.apache.camel.builder.RouteBuilder;

import java.time.Duration;
import java.time.Instant;

/** {@code <service>-processed-events-purge}: every hour, forgets the applied events older than the retention. */
public class ProcessedEventsPurgeRoutes extends RouteBuilder {

    private final ShopProperties properties;
    private final ProcessedEvents processedEvents;

    public ProcessedEventsPurgeRoutes(ShopProperties properties, ProcessedEvents processedEvents) {
        this.properties = properties;
        this.processedEvents = processedEvents;
    }

    @Override
    public void configure() {
        Duration retention = properties.idempotency().retention();
        from("timer:processed-events-purge?delay=60000&period=3600000")
                .routeId(properties.serviceName() + "-processed-events-purge")
                .setBody(exchange -> processedEvents.forgetBefore(Instant.now().minus(retention)))
                .filter(body().isGreaterThan(0))
                    .log("forgot ${body} processed events older than " + retention)
                .end();
    }
}
