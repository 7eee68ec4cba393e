package com.shop.payment.processing;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code payment.commands.*}: how many consumers read the order service's commands. Each waits on the
 * provider while it handles a command, so several read side by side; a partition still has one reader,
 * so an order's commands are handled in the order they were sent.
 */
@Validated
@ConfigurationProperties("payment.commands")
public record CommandProperties(@Min(1) @DefaultValue("3") int consumers) {
}
