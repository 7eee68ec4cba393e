package com.shop.users.token;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/** How long tokens live: access tokens briefly (they cannot be revoked), refresh tokens until unused that long. */
@Validated
@ConfigurationProperties("user.tokens")
public record TokenProperties(
        @NotNull @DurationMin(seconds = 30) @DurationMax(hours = 1) @DefaultValue("15m") Duration accessTtl,
        @NotNull @DurationMin(minutes = 5) @DefaultValue("7d") Duration refreshTtl) {
}
