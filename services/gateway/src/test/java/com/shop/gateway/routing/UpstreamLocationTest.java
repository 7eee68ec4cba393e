package com.shop.gateway.routing;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UpstreamLocationTest {

    private static final GatewayProperties PROPERTIES = new GatewayProperties(Map.of(
            "orders", new GatewayProperties.Route("order-service", List.of("/orders"),
                    List.of(URI.create("http://localhost:8082"), URI.create("http://orders-2.internal:8080/")),
                    Duration.ofSeconds(1), Duration.ofSeconds(5), 2)),
            new GatewayProperties.CircuitBreaker(50, 20, 10, Duration.ofSeconds(10), 3));

    private final CamelContext camel = new DefaultCamelContext();
    private final UpstreamLocation location = new UpstreamLocation(new RouteTable(PROPERTIES),
            PROPERTIES.routes().get("orders").instances());

    @Test
    void aPathTheGatewayServesIsAnsweredUnderApi() {
        assertThat(answered("/orders/42?view=full")).isEqualTo("/api/orders/42?view=full");
    }

    @Test
    void anInstancesOwnAddressIsAnsweredUnderApiSoThatTheInstanceStaysUnnamed() {
        assertThat(answered("http://localhost:8082/orders/42?view=full")).isEqualTo("/api/orders/42?view=full");
        assertThat(answered("HTTP://LOCALHOST:8082/orders/42")).isEqualTo("/api/orders/42");
        assertThat(answered("http://orders-2.internal:8080/orders/7")).isEqualTo("/api/orders/7");
    }

    @Test
    void anAbsoluteAddressAnotherHostOrAPathNoRouteServesPassesUnchanged() {
        assertThat(answered("https://pay.example/receipts/7")).isEqualTo("https://pay.example/receipts/7");
        assertThat(answered("http://localhost:80821/orders/42")).isEqualTo("http://localhost:80821/orders/42");
        assertThat(answered("http://localhost:8082/warehouses/1")).isEqualTo("http://localhost:8082/warehouses/1");
        assertThat(answered("http://localhost:8082")).isEqualTo("http://localhost:8082");
        assertThat(answered("//cdn.example/orders/42")).isEqualTo("//cdn.example/orders/42");
        assertThat(answered("/warehouses/1")).isEqualTo("/warehouses/1");
    }

    @Test
    void anAnswerWithoutLocationGetsNone() {
        Exchange exchange = new DefaultExchange(camel);

        location.process(exchange);

        assertThat(exchange.getMessage().getHeader(UpstreamLocation.LOCATION)).isNull();
    }

    private String answered(String upstreamLocation) {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getMessage().setHeader(UpstreamLocation.LOCATION, upstreamLocation);
        location.process(exchange);
        return exchange.getMessage().getHeader(UpstreamLocation.LOCATION, String.class);
    }
}
