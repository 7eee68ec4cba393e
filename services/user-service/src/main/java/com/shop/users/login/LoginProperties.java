package com.shop.users.login;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/** Login throttling: how many failed logins an account (by email) or a client address may have within the window. */
@Validated
@ConfigurationProperties("user.login")
public record LoginProperties(
        @Min(1) @DefaultValue("5") int maxFailuresPerAccount,
        @Min(1) @DefaultValue("20") int maxFailuresPerClient,
        @NotNull @DefaultValue("15m") Duration failureWindow) {
}
