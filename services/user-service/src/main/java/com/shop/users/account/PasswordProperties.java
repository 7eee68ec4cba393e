package com.shop.users.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The bcrypt work factor: each step doubles the cost of hashing, for us and for anyone with a stolen hash. */
@Validated
@ConfigurationProperties("user.passwords")
public record PasswordProperties(@Min(4) @Max(16) @DefaultValue("12") int bcryptStrength) {
}
