package com.shop.order.catalog;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.http.HttpMethods;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Reads a product from the inventory service's catalogue over REST, behind a circuit breaker with a
 * timeout: when the catalogue is slow, failing or known to be down, the answer is "unavailable" at once
 * instead of an error, and the order is accepted unpriced. The call goes to the catalogue's instances in turn
 * and, being a read, to the next one when an instance refuses, breaks or times out the connection; each
 * attempt gets its share of the timeout, so that a hung instance leaves time to ask the next one.
 */
@Component
public class CatalogRoutes extends RouteBuilder {

    static final String PRODUCT = "direct:order-catalog-product";
    private static final String CALL = "direct:order-catalog-call";

    private final CatalogProperties properties;
    private final CatalogAnswers answers;

    public CatalogRoutes(CatalogProperties properties, CatalogAnswers answers) {
        this.properties = properties;
        this.answers = answers;
    }

    @Override
    public void configure() {
        long timeout = properties.timeout().toMillis();
        from(PRODUCT).routeId("order-catalog-product")
                .circuitBreaker()
                    .resilience4jConfiguration()
                        .failureRateThreshold(properties.failureRateThreshold())
                        .slidingWindowSize(properties.slidingWindowSize())
                        .minimumNumberOfCalls(properties.minimumCalls())
                        .waitDurationInOpenState((int) properties.openStateWait().toSeconds())
                        .permittedNumberOfCallsInHalfOpenState(properties.halfOpenCalls())
                        .timeoutEnabled(true)
                        .timeoutDuration((int) timeout)
                    .end()
                    .setHeader(Exchange.HTTP_METHOD, constant(HttpMethods.GET))
                    .setHeader(Exchange.HTTP_PATH, simple("/products/${exchangeProperty." + CatalogAnswers.SKU + "}"))
                    .to(CALL)
                    .process(answers::read)
                .onFallback()
                    .process(answers::unavailable)
                .end();

        long attempt = Math.max(1, timeout / properties.baseUrls().size());
        String[] instances = properties.baseUrls().stream()
                .map(url -> url + "?throwExceptionOnFailure=false&connectTimeout=" + attempt + "&responseTimeout=" + attempt)
                .toArray(String[]::new);
        from(CALL).routeId("order-catalog-call").errorHandler(noErrorHandler())
                .loadBalance().failover(instances.length - 1, false, true, IOException.class)
                    .to(instances);
    }
}
