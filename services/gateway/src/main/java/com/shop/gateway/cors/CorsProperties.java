package com.shop.gateway.cors;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.List;

/** {@code gateway.cors.*}: the browser origins allowed to call the API, and how long browsers may cache a preflight. */
@Validated
@ConfigurationProperties("gateway.cors")
public record CorsProperties(
        @NotNull @DefaultValue("http://localhost:3000") List<String> allowedOrigins,
        @NotNull @DefaultValue("1h") Duration maxAge) {
}
