package com.shop.inventory.reservation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/** How long a reservation holds stock unless its order is confirmed, and how the expiry sweep runs. */
@Validated
@ConfigurationProperties("inventory.reservations")
public record ReservationProperties(
        @NotNull @DefaultValue("15m") Duration ttl,
        @NotNull @DefaultValue("10s") Duration sweepInterval,
        @Min(1) @DefaultValue("100") int sweepBatch,
        @Min(1) @DefaultValue("3") int consumers) {
}
