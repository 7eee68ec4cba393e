package com.shop.routes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/** Settings of the shared building blocks, under {@code shop.*}; validated at start-up. */
@Validated
@ConfigurationProperties("shop")
public record ShopProperties(
        @NotBlank String serviceName,
        @Valid @NotNull @DefaultValue Consumer consumer,
        @Valid @NotNull @DefaultValue Outbox outbox,
        @Valid @NotNull @DefaultValue Idempotency idempotency) {

    /** Redelivery of transient consumer failures: bounded exponential backoff, then the dead-letter topic. */
    public record Consumer(
            @Min(0) @DefaultValue("5") int maximumRedeliveries,
            @NotNull @DefaultValue("200ms") Duration initialDelay,
            @NotNull @DefaultValue("10s") Duration maximumDelay,
            @DecimalMin("1.0") @DefaultValue("2.0") double backOffMultiplier) {
    }

    /**
     * The outbox relay: how often it looks for unsent rows when nothing woke it, how many it sends at once, and how
     * long a sent row is kept (for an operator to look at) before the hourly purge deletes it.
     */
    public record Outbox(
            @DefaultValue("true") boolean enabled,
            @NotNull @DefaultValue("1s") Duration pollInterval,
            @Min(1) @DefaultValue("500") int batchSize,
            @NotNull @DefaultValue("7d") Duration retention) {
    }

    /**
     * How long a consumer remembers the events it applied: as long as Kafka keeps the longest-kept topic (30 days),
     * so a replay from the earliest offset still finds every event it already applied.
     */
    public record Idempotency(@NotNull @DefaultValue("30d") Duration retention) {
    }
}
