package com.shop.gateway.routing;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

/**
 * Points a {@code Location} the service answered with at the gateway: the order service says {@code /orders/42},
 * which the client must follow as {@code /api/orders/42}. Absolute addresses and paths the gateway does not serve
 * pass unchanged.
 */
final class UpstreamLocation implements Processor {

    static final String LOCATION = "Location";

    private final RouteTable table;

    UpstreamLocation(RouteTable table) {
        this.table = table;
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String location = message.getHeader(LOCATION, String.class);
        if (location != null && location.startsWith("/") && !location.startsWith("//")) {
            table.clientPath(location).ifPresent(path -> message.setHeader(LOCATION, path));
        }
    }
}
