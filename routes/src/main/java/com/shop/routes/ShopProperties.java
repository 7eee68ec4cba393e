package com.shop.routes;

import com.shop.kafka.Topic;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;

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
     * How long a consumer remembers the events it applied: longer than Kafka keeps any record a later one replaced, so
     * a replay from the earliest offset finds every such event among those it already applied. Delete topics keep a
     * record up to 30 days (Kafka deletes a log segment whole once its newest record is that old, a week's segment
     * later by default); compacted users.events keeps the latest record of each user for good, and applying that again
     * only sets what is already there, but a record it replaced goes within 14 days (and is no threat once there: the
     * projections fed by users.events never let an older record of a user replace a newer one). Hence 45 days, and a start with
     * less than the longest of these is refused.
     */
    public record Idempotency(@NotNull @DefaultValue("45d") Duration retention) {

        public Idempotency {
            Duration longestKept = Arrays.stream(Topic.values()).map(topic -> topic.retention().supersededRecordsGoneAfter())
                    .max(Comparator.naturalOrder()).orElseThrow();
            if (retention != null && retention.compareTo(longestKept) < 0) {
                throw new IllegalArgumentException("shop.idempotency.retention is " + retention + ", less than the "
                        + longestKept + " Kafka keeps the longest-kept topics: a replay would apply events twice");
            }
        }
    }
}
