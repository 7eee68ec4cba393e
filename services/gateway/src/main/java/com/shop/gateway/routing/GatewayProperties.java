package com.shop.gateway.routing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code gateway.*}: the upstream routes (which paths under {@code /api} go to which service, and the
 * instances that serve it) and the circuit breaker every upstream gets.
 */
@Validated
@ConfigurationProperties("gateway")
public record GatewayProperties(
        @NotEmpty Map<@Pattern(regexp = "[a-z][a-z0-9-]*") String, @Valid @NotNull Route> routes,
        @Valid @NotNull @DefaultValue CircuitBreaker circuitBreaker) {

    /**
     * One upstream: the service's name (for problems and logs), the path prefixes it serves (without
     * {@code /api}), its instances (round robin, failing over when one is down), the time an attempt may take
     * and how often a safe request (GET, HEAD, OPTIONS) is retried after a failure.
     */
    public record Route(
            @NotBlank String service,
            @NotEmpty List<@Pattern(regexp = "/[^*?\\s]+", message = "must be a path prefix such as /products") String> paths,
            @NotEmpty List<@NotNull URI> instances,
            @NotNull @DurationMin(millis = 1) @DefaultValue("1s") Duration connectTimeout,
            @NotNull @DurationMin(millis = 1) @DefaultValue("5s") Duration timeout,
            @Min(0) @DefaultValue("2") int retries) {
    }

    /** When an upstream's breaker opens (failure rate over the last calls) and how long it stays open. */
    public record CircuitBreaker(
            @DecimalMin("1") @DecimalMax("100") @DefaultValue("50") float failureRateThreshold,
            @Min(1) @DefaultValue("20") int slidingWindowSize,
            @Min(1) @DefaultValue("10") int minimumCalls,
            @NotNull @DurationMin(seconds = 1) @DefaultValue("10s") Duration openStateWait,
            @Min(1) @DefaultValue("3") int halfOpenCalls) {
    }
}
