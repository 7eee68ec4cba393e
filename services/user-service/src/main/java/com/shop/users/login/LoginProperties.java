package com.shop.users.login;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Login throttling, within the window: how many failed logins an account (by email) may have from one client address,
 * and from all of them together, and how many a client address may have for any accounts. The first is low and the
 * second high, so that one guesser cannot keep the account's owner out, while many together are still slowed down.
 */
@Validated
@ConfigurationProperties("user.login")
public record LoginProperties(
        @Min(1) @DefaultValue("5") int maxFailuresPerAccountAndClient,
        @Min(1) @DefaultValue("50") int maxFailuresPerAccount,
        @Min(1) @DefaultValue("20") int maxFailuresPerClient,
        @NotNull @DefaultValue("15m") Duration failureWindow) {
}
