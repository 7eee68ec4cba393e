package com.shop.payment.processing;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code payment.retry.*}: how payments that could not reach the provider wait. The scheduled retry looks
 * for due payments every {@code pollInterval}; the n-th failed attempt waits {@code initialDelay * 2^(n-1)},
 * at most {@code maximumDelay}. An attempt holds its payment for {@code lease}, so that no other instance
 * tries it meanwhile; a payment whose attempt died with its process is tried again when the lease ends. So the
 * lease must exceed the longest provider attempt, and lease plus poll interval must stay well under the order
 * saga's step timeout: the payment is resumed before the saga sends its command again or gives up on the order.
 */
@Validated
@ConfigurationProperties("payment.retry")
public record RetryProperties(
        @NotNull @DefaultValue("5s") Duration pollInterval,
        @NotNull @DefaultValue("5s") Duration initialDelay,
        @NotNull @DefaultValue("5m") Duration maximumDelay,
        @NotNull @DefaultValue("20s") Duration lease,
        @Min(1) @DefaultValue("50") int batchSize) {

    public RetryProperties {
        if (initialDelay != null && maximumDelay != null && maximumDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("payment.retry.maximum-delay (" + maximumDelay
                    + ") must not be shorter than payment.retry.initial-delay (" + initialDelay + ")");
        }
    }

    /** How long a payment waits after its {@code failedAttempts}-th failed attempt. */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = initialDelay;
        for (int attempt = 1; attempt < failedAttempts && delay.compareTo(maximumDelay) < 0; attempt++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maximumDelay) > 0 ? maximumDelay : delay;
    }
}
