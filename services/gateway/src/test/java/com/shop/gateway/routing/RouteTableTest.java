package com.shop.gateway.routing;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RouteTableTest {

    private final RouteTable table = new RouteTable(new GatewayProperties(Map.of(
            "orders", route("order-service", "/orders", "/admin/sagas"),
            "ops", route("ops-service", "/admin")),
            new GatewayProperties.CircuitBreaker(50, 20, 10, Duration.ofSeconds(10), 3)));

    @Test
    void theApiPrefixIsStrippedAndTheLongestPrefixWins() {
        assertThat(table.resolve("/api/orders/7/cancel")).contains(new RouteTable.Target("orders", "/orders/7/cancel"));
        assertThat(table.resolve("/api/admin/sagas/7")).contains(new RouteTable.Target("orders", "/admin/sagas/7"));
        assertThat(table.resolve("/api/admin/dead-letters")).contains(new RouteTable.Target("ops", "/admin/dead-letters"));
    }

    @Test
    void aPrefixMatchesWholeSegmentsOnly() {
        assertThat(table.resolve("/api/orders")).contains(new RouteTable.Target("orders", "/orders"));
        assertThat(table.resolve("/api/ordersX")).isEmpty();
        assertThat(table.resolve("/api")).isEmpty();
    }

    @Test
    void aPathAServiceNamesIsTheGatewaysPathUnderApi() {
        assertThat(table.clientPath("/orders/42")).contains("/api/orders/42");
        assertThat(table.clientPath("/orders?page=2#top")).contains("/api/orders?page=2#top");
        assertThat(table.clientPath("/admin/sagas/7")).contains("/api/admin/sagas/7");
        assertThat(table.clientPath("/warehouses/1")).isEmpty();
    }

    private static GatewayProperties.Route route(String service, String... paths) {
        return new GatewayProperties.Route(service, List.of(paths), List.of(URI.create("http://localhost:1")),
                Duration.ofSeconds(1), Duration.ofSeconds(5), 2);
    }
}
