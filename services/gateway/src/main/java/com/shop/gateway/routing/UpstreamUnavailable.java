package com.shop.gateway.routing;

import com.shop.routes.correlation.Correlation;
import com.shop.routes.rest.ProblemException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.CircuitBreakerConstants;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Set;

/**
 * The fallback of an upstream route: a 503 problem that names the service, with a {@code Retry-After}. When a request
 * that is not safe to repeat may have reached the service before the answer failed (it timed out, or the connection
 * broke after the request was sent), the problem says that it may have been carried out, and how to learn its outcome
 * without carrying it out twice.
 */
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
        } else if (mayHaveArrived(cause) && !UpstreamRoutes.SAFE_METHODS.contains(exchange.getIn().getHeader(Exchange.HTTP_METHOD))) {
            LOG.warn("{} did not answer a request it may have received: {}", service, cause.getMessage());
            detail = service + " did not answer in time, so the request may have been carried out: repeat it with the same"
                    + " Idempotency-Key to learn its outcome without carrying it out twice";
        } else {
            LOG.warn("{} did not answer: {}", service, cause == null ? "no answer" : cause.getMessage());
            detail = service + " is unavailable: no instance answered; try again later";
        }
        exchange.getMessage().removeHeaders("*", "Camel*", Correlation.HTTP_HEADER);
        exchange.getMessage().setHeader("Retry-After", Long.toString(retryAfter.toSeconds()));
        throw new ProblemException(503, "Service unavailable", detail);
    }

    /** Whether the request may have reached the service: it failed after a connection was made, not while making one. */
    private static boolean mayHaveArrived(Throwable cause) {
        for (Throwable failure = cause; failure != null; failure = failure.getCause()) {
            if (failure instanceof ConnectException || failure instanceof ConnectTimeoutException
                    || failure instanceof UnknownHostException) {
                return false;
            }
        }
        return cause instanceof IOException;
    }
}
