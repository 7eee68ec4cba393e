package com.shop.gateway.routing;

import com.shop.routes.correlation.Correlation;
import com.shop.routes.rest.ProblemException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.CircuitBreakerConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Set;

/** The fallback of an upstream route: a 503 problem that names the service, with a {@code Retry-After}. */
final class UpstreamUnavailable implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamUnavailable.class);
    private static final Set<String> BREAKER_OPEN = Set.of("OPEN", "FORCED_OPEN", "HALF_OPEN");

    private final String service;
    private final Duration retryAfter;

    UpstreamUnavailable(String service, Duration retryAfter) {
        this.service = service;
        this.retryAfter = retryAfter;
    }

    @Override
    public void process(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String state = exchange.getProperty(CircuitBreakerConstants.RESPONSE_STATE, String.class);
        String detail;
        if (cause == null && BREAKER_OPEN.contains(state)) {
            detail = service + " is unavailable: its circuit breaker is open after repeated failures; try again later";
        } else {
            LOG.warn("{} did not answer: {}", service, cause == null ? "no answer" : cause.getMessage());
            detail = service + " is unavailable: no instance answered; try again later";
        }
        exchange.getMessage().removeHeaders("*", "Camel*", Correlation.HTTP_HEADER);
        exchange.getMessage().setHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        throw new ProblemException(503, "Service unavailable", detail);
    }
}
