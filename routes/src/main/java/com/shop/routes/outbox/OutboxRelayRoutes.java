package com.shop.routes.outbox;

import com.shop.routes.ShopProperties;
import org.apache.camel.builder.RouteBuilder;

/**
 * The outbox relay as routes: {@code <service>-outbox-relay} publishes unsent events whenever a
 * transaction with outbox rows commits and on a timer as a safety net; {@code <service>-outbox-purge}
 * deletes rows sent long ago.
 */
public class OutboxRelayRoutes extends RouteBuilder {

    public static final String RELAY_ENDPOINT = "direct:outbox-relay";

    private final ShopProperties properties;
    private final OutboxRelay relay;

    public OutboxRelayRoutes(ShopProperties properties, OutboxRelay relay) {
        this.properties = properties;
        this.relay = relay;
    }

    @Override
    public void configure() {
        String service = properties.serviceName();
        from("timer:outbox-poll?delay=0&period=" + properties.outbox().pollInterval().toMillis())
                .routeId(service + "-outbox-poll")
                .to(RELAY_ENDPOINT);

        from(RELAY_ENDPOINT)
                .routeId(service + "-outbox-relay")
                .bean(relay, "drain");

        from("timer:outbox-purge?delay=60000&period=3600000")
                .routeId(service + "-outbox-purge")
                .bean(relay, "purgeSent")
                .log("purged ${body} sent outbox rows");
    }
}
