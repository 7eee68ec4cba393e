package com.shop.order.catalog;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * {@code order.catalog.*}: where the inventory service's catalogue answers (one URL per instance, taken in turn,
 * the next one tried when one refuses or breaks the connection), how long a call may take, and when the circuit
 * breaker in front of it opens (failure rate over the last calls) and tries again.
 */
@Validated
@ConfigurationProperties("order.catalog")
public record CatalogProperties(
        @NotEmpty @DefaultValue("http://localhost:8083") List<URI> baseUrls,
        @NotNull @DurationMin(millis = 1) @DefaultValue("2s") Duration timeout,
        @DecimalMin("1") @DecimalMax("100") @DefaultValue("50") float failureRateThreshold,
        @Min(1) @DefaultValue("20") int slidingWindowSize,
        @Min(1) @DefaultValue("10") int minimumCalls,
        @NotNull @DefaultValue("10s") Duration openStateWait,
        @Min(1) @DefaultValue("3") int halfOpenCalls) {

    @AssertTrue(message = "open-state-wait must be a whole number of seconds, at least 1s")
    public boolean isOpenStateWaitInSeconds() {
        return openStateWait == null || openStateWait.toSeconds() >= 1 && openStateWait.toMillis() % 1000 == 0;
    }
}
