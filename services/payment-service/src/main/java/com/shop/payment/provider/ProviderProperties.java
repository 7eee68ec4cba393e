package com.shop.payment.provider;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * {@code payment.provider.*}: where the card-payment provider is, how long a call may take, how often a
 * transient failure is retried at once, and when the circuit breaker stops calling it.
 */
@Validated
@ConfigurationProperties("payment.provider")
public record ProviderProperties(
        @NotNull URI url,
        @NotNull @DefaultValue("2s") Duration connectTimeout,
        @NotNull @DefaultValue("5s") Duration requestTimeout,
        @Min(0) @DefaultValue("1") int retries,
        @NotNull @DefaultValue("500ms") Duration retryDelay,
        @Valid @NotNull @DefaultValue CircuitBreaker circuitBreaker) {

    /**
     * Opens when at least {@code failureRateThreshold} percent of the last {@code slidingWindowSize} calls failed
     * (once {@code minimumNumberOfCalls} were made); after {@code waitInOpenState} it lets
     * {@code permittedCallsInHalfOpenState} trial calls through.
     */
    public record CircuitBreaker(
            @DecimalMin("1") @DecimalMax("100") @DefaultValue("50") float failureRateThreshold,
            @Min(1) @DefaultValue("10") int slidingWindowSize,
            @Min(1) @DefaultValue("5") int minimumNumberOfCalls,
            @NotNull @DefaultValue("30s") Duration waitInOpenState,
            @Min(1) @DefaultValue("1") int permittedCallsInHalfOpenState) {

        public CircuitBreaker {
            if (waitInOpenState != null && waitInOpenState.toSeconds() < 1) {
                throw new IllegalArgumentException(
                        "payment.provider.circuit-breaker.wait-in-open-state must be at least 1s, was " + waitInOpenState);
            }
        }
    }

    /** The longest one attempt can take: every call timing out, with the backoff between the retries. */
    public Duration worstCaseAttempt() {
        Duration total = requestTimeout.plus(connectTimeout).multipliedBy(retries + 1L);
        Duration delay = retryDelay;
        for (int retry = 0; retry < retries; retry++) {
            total = total.plus(delay);
            delay = delay.multipliedBy(2);
        }
        return total;
    }
}
