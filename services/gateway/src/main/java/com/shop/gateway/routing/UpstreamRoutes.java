package com.shop.gateway.routing;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.LoadBalanceDefinition;
import org.apache.camel.component.http.HttpMethods;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.Set;

/**
 * One route per upstream service, behind its own circuit breaker: the call goes round robin over the
 * service's instances and fails over to the next when one refuses the connection (the request never
 * arrived, so that is safe for every method); a safe request (GET, HEAD, OPTIONS) is also retried after
 * a timeout or a broken connection. When no instance answers, or the breaker is open, the answer is a 503
 * problem naming the service.
 */
@Component
public class UpstreamRoutes extends RouteBuilder {

    static final Set<HttpMethods> SAFE_METHODS = Set.of(HttpMethods.GET, HttpMethods.HEAD, HttpMethods.OPTIONS);

    private final GatewayProperties properties;

    public UpstreamRoutes(GatewayProperties properties) {
        this.properties = properties;
    }

    /** The endpoint that calls the upstream of {@code route}. */
    public static String upstream(String route) {
        return "direct:gateway-upstream-" + route;
    }

    @Override
    public void configure() {
        GatewayProperties.CircuitBreaker breaker = properties.circuitBreaker();
        properties.routes().forEach((name, route) -> {
            String[] instances = route.instances().stream().map(instance -> uri(instance, route)).toArray(String[]::new);
            int failovers = instances.length - 1;
            from(upstream(name)).routeId("gateway-" + name)
                    .errorHandler(noErrorHandler())
                    .circuitBreaker()
                        .resilience4jConfiguration()
                            .failureRateThreshold(breaker.failureRateThreshold())
                            .slidingWindowSize(breaker.slidingWindowSize())
                            .minimumNumberOfCalls(breaker.minimumCalls())
                            .waitDurationInOpenState((int) breaker.openStateWait().toSeconds())
                            .permittedNumberOfCallsInHalfOpenState(breaker.halfOpenCalls())
                        .end()
                        .choice()
                            .when(exchange -> SAFE_METHODS.contains(exchange.getIn().getHeader(Exchange.HTTP_METHOD)))
                                .to(upstream(name) + "-safe")
                            .otherwise()
                                .to(upstream(name) + "-once")
                        .end()
                    .endCircuitBreaker()
                    .onFallback()
                        .process(new UpstreamUnavailable(route.service(), breaker.openStateWait()))
                    .end();
            balance(name, "safe", failovers + route.retries(), IOException.class).to(instances);
            balance(name, "once", failovers, ConnectException.class).to(instances);
        });
    }

    private LoadBalanceDefinition balance(String name, String kind, int attempts, Class<? extends Exception> failure) {
        return from(upstream(name) + "-" + kind).routeId("gateway-" + name + "-" + kind)
                .errorHandler(noErrorHandler())
                .loadBalance().failover(attempts, false, true, failure);
    }

    private static String uri(URI instance, GatewayProperties.Route route) {
        return instance + "?bridgeEndpoint=true&throwExceptionOnFailure=false&copyHeaders=false"
                + "&connectTimeout=" + route.connectTimeout().toMillis()
                + "&responseTimeout=" + route.timeout().toMillis();
    }
}
