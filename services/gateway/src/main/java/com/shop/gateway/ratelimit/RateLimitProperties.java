package com.shop.gateway.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code gateway.rate-limit.*}: the bursts and sustained rates allowed per user and per client address.
 * Each gateway instance enforces them on the requests it sees (in memory), so behind a load balancer of
 * n instances a client gets up to n times these; the client's address is {@code ClientAddress}'s.
 */
@Validated
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(
        @Valid @NotNull @DefaultValue Limit perUser,
        @Valid @NotNull @DefaultValue Limit perClientIp,
        @Min(1) @DefaultValue("100000") int maxTrackedClients) {

    /** A burst of {@code capacity} requests, then {@code refillPerSecond} requests per second. */
    public record Limit(@Min(1) @DefaultValue("60") int capacity,
                        @DecimalMin("0.001") @DefaultValue("20") double refillPerSecond) {
    }
}
