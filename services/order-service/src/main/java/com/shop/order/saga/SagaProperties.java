package com.shop.order.saga;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code order.saga.*}: how long a step waits for its answer before its command is sent again, how many
 * times a step is tried before it is compensated (or, for a compensation, declared failed), how often
 * overdue steps are looked for, and how many consumers read the participants' answers.
 */
@Validated
@ConfigurationProperties("order.saga")
public record SagaProperties(
        @NotNull @DurationMin(millis = 1) @DefaultValue("30s") Duration stepTimeout,
        @Min(1) @DefaultValue("3") int maxAttempts,
        @NotNull @DurationMin(millis = 1) @DefaultValue("1s") Duration scanInterval,
        @Min(1) @DefaultValue("100") int scanBatch,
        @Min(1) @DefaultValue("2") int consumers) {
}
