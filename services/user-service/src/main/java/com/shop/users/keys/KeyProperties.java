package com.shop.users.keys;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * The token signing keys: the secret that seals them in the database (checked by {@link KeySealer}, which
 * never prints it), how old the active key may get before a new one replaces it, and how often to look.
 */
@Validated
@ConfigurationProperties("user.keys")
public record KeyProperties(
        String encryptionSecret,
        @NotNull @DefaultValue("30d") Duration rotationInterval,
        @NotNull @DefaultValue("1h") Duration checkInterval) {

    @Override
    public String toString() {
        return "KeyProperties[rotationInterval=" + rotationInterval + ", checkInterval=" + checkInterval + "]";
    }
}
