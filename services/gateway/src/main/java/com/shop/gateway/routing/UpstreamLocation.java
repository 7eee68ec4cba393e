package com.shop.gateway.routing;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Points a {@code Location} the service answered with at the gateway: the order service says {@code /orders/42},
 * which the client must follow as {@code /api/orders/42}. An absolute address at one of the instances the gateway
 * calls ({@code http://localhost:8082/orders/42}) is answered the same way, since the client cannot reach the
 * instance and should not learn its address. Other absolute addresses and paths the gateway does not serve pass
 * unchanged.
 */
final class UpstreamLocation implements Processor {

    static final String LOCATION = "Location";

    private final RouteTable table;
    private final List<String> instances;

    UpstreamLocation(RouteTable table, Collection<URI> instances) {
        this.table = table;
        this.instances = instances.stream().map(URI::toString)
                .map(instance -> instance.endsWith("/") ? instance.substring(0, instance.length() - 1) : instance)
                .distinct()
                .toList();
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        String location = message.getHeader(LOCATION, String.class);
        if (location != null) {
            upstreamPath(location).flatMap(table::clientPath).ifPresent(path -> message.setHeader(LOCATION, path));
        }
    }

    /** The path (with its query) a location names on the upstream: itself when it is one, its rest after an instance's address. */
    Optional<String> upstreamPath(String location) {
        if (location.startsWith("/")) {
            return location.startsWith("//") ? Optional.empty() : Optional.of(location);
        }
        for (String instance : instances) {
            if (location.regionMatches(true, 0, instance, 0, instance.length())) {
                String rest = location.substring(instance.length());
                if (rest.startsWith("/") && !rest.startsWith("//")) {
                    return Optional.of(rest);
                }
            }
        }
        return Optional.empty();
    }
}
