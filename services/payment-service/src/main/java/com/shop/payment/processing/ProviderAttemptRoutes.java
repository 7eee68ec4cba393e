package com.shop.payment.processing;

import com.shop.connectors.payment.ProviderUnavailableException;
import com.shop.payment.provider.ProviderCalls;
import com.shop.payment.provider.ProviderProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Asking the provider: one attempt at a payment's next step, behind the circuit breaker, with quick retries
 * of transient failures (a decline is an answer, never retried). When the provider stays unreachable or the
 * circuit is open, the payment is postponed, not declined, and the scheduled retry takes it up again with
 * a growing delay until the provider answers or the saga gives up on the order.
 */
@Component
public class ProviderAttemptRoutes extends RouteBuilder {

    static final String ATTEMPT = "direct:payment-provider-attempt";

    private final Payments payments;
    private final ProviderCalls provider;
    private final ProviderProperties properties;
    private final RetryProperties retry;

    public ProviderAttemptRoutes(Payments payments, ProviderCalls provider, ProviderProperties properties, RetryProperties retry) {
        this.payments = payments;
        this.provider = provider;
        this.properties = properties;
        this.retry = retry;
    }

    @Override
    public void configure() {
        ProviderProperties.CircuitBreaker breaker = properties.circuitBreaker();

        from(ATTEMPT).routeId("payment-provider-attempt")
                .onException(ProviderUnavailableException.class)
                    .maximumRedeliveries(properties.retries())
                    .redeliveryDelay(properties.retryDelay().toMillis())
                    .useExponentialBackOff()
                    .retryAttemptedLogLevel(LoggingLevel.WARN)
                    .handled(true)
                    .bean(payments, "postpone")
                .end()
                .onException(CallNotPermittedException.class)
                    .handled(true)
                    .bean(payments, "postpone")
                .end()
                .bean(payments, "nextRequest")
                .filter(body().isNotNull())
                    .setProperty(Payments.REQUEST, body())
                    .circuitBreaker().id("payment-provider-breaker")
                        .resilience4jConfiguration()
                            .failureRateThreshold(breaker.failureRateThreshold())
                            .slidingWindowSize(breaker.slidingWindowSize())
                            .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                            .waitDurationInOpenState((int) breaker.waitInOpenState().toSeconds())
                            .permittedNumberOfCallsInHalfOpenState(breaker.permittedCallsInHalfOpenState())
                            .throwExceptionWhenHalfOpenOrOpenState(true)
                        .end()
                        .bean(provider, "call")
                    .end()
                    .bean(payments, "record")
                .end();

        from("timer:payment-retry?delay=" + retry.pollInterval().toMillis() + "&period=" + retry.pollInterval().toMillis())
                .routeId("payment-retry-due")
                .bean(payments, "claimDue")
                .split(body())
                    .to(ATTEMPT)
                .end();
    }
}
