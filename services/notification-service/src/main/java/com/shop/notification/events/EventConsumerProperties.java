package com.shop.notification.events;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code notification.events.*}: how many consumers read each topic. A consumer waits on the mail server or
 * provider while it sends, so several read side by side; a partition still has one reader, so one key's
 * events (a user's, an order's) are turned into messages in the order they happened.
 */
@Validated
@ConfigurationProperties("notification.events")
public record EventConsumerProperties(@Min(1) @DefaultValue("3") int consumers) {
}
