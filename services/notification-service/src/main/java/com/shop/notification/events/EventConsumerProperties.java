package com.shop.notification.events;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code notification.events.*}: how many consumers read each topic, and how recent a registration must be to be
 * welcomed. A consumer waits on the mail server or provider while it sends, so several read side by side; a partition
 * still has one reader, so one key's events (a user's, an order's) are turned into messages in the order they happened.
 * {@code users.events} is compacted and keeps every account's registration until the account changes: a consumer that
 * reads it from the start (a new install of this service, its offsets reset) must not welcome customers of long ago.
 */
@Validated
@ConfigurationProperties("notification.events")
public record EventConsumerProperties(@Min(1) @DefaultValue("3") int consumers,
                                      @NotNull @DurationMin(millis = 1) @DefaultValue("7d") Duration welcomeWithin) {
}
