package com.shop.notification.delivery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code notification.delivery.*}: how a message that could not go out waits. After a transient failure the delivery
 * waits in the database and the scheduled retry (every {@code pollInterval}) tries it again after
 * {@code initialDelay * 2^(n-1)}, at most {@code maximumDelay}, until {@code maximumAttempts}. An attempt holds its delivery for {@code lease}. Each channel
 * has its own circuit breaker with the same thresholds.
 */
@Validated
@ConfigurationProperties("notification.delivery")
public record DeliveryProperties(
        @NotNull @DefaultValue("5s") Duration pollInterval,
        @NotNull @DefaultValue("10s") Duration initialDelay,
        @NotNull @DefaultValue("10m") Duration maximumDelay,
        @NotNull @DefaultValue("2m") Duration lease,
        @Min(1) @DefaultValue("20") int maximumAttempts,
        @Min(1) @DefaultValue("50") int batchSize,
        @Valid @NotNull @DefaultValue CircuitBreaker circuitBreaker) {

    public DeliveryProperties {
        if (initialDelay != null && maximumDelay != null && maximumDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("notification.delivery.maximum-delay (" + maximumDelay
                    + ") must not be shorter than notification.delivery.initial-delay (" + initialDelay + ")");
        }
    }

    /**
     * Opens when at least {@code failureRateThreshold} percent of the last {@code slidingWindowSize} calls to the
     * channel's provider failed (once {@code minimumNumberOfCalls} were made); after {@code waitInOpenState} it lets
     * one trial call through.
     */
    public record CircuitBreaker(
            @DecimalMin("1") @DecimalMax("100") @DefaultValue("50") float failureRateThreshold,
            @Min(1) @DefaultValue("10") int slidingWindowSize,
            @Min(1) @DefaultValue("5") int minimumNumberOfCalls,
            @NotNull @DefaultValue("30s") Duration waitInOpenState) {

        public CircuitBreaker {
            if (waitInOpenState != null && waitInOpenState.toSeconds() < 1) {
                throw new IllegalArgumentException(
                        "notification.delivery.circuit-breaker.wait-in-open-state must be at least 1s, was " + waitInOpenState);
            }
        }
    }

    /** How long a delivery waits after its {@code failedAttempts}-th failed attempt. */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = initialDelay;
        for (int attempt = 1; attempt < failedAttempts && delay.compareTo(maximumDelay) < 0; attempt++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maximumDelay) > 0 ? maximumDelay : delay;
    }
}
