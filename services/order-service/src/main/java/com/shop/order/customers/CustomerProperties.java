package com.shop.order.customers;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code order.customers.*}: how long the look at the offsets of {@code users.events} may take when a partner order
 * names a customer the projection does not know (a look that fails or takes longer is retried like any transient failure).
 */
@Validated
@ConfigurationProperties("order.customers")
public record CustomerProperties(@NotNull @DurationMin(millis = 1) @DefaultValue("5s") Duration kafkaTimeout) {
}
