package com.shop.routes.security;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How a service checks access tokens, under {@code shop.security.*}: where user-service publishes its
 * keys (one URL per instance, comma-separated, asked in turn), the issuer to expect, and which paths are
 * public or admin-only ({@code "<METHOD> /pattern"} or {@code "/pattern"} for every method; admin paths
 * win over public ones), and how many verified tokens to remember (see {@link VerifiedTokens}; 0 verifies
 * every request's token from scratch).
 */
@Validated
@ConfigurationProperties("shop.security")
public record ShopSecurityProperties(
        @DefaultValue("true") boolean enabled,
        @NotEmpty @DefaultValue("http://localhost:8081/.well-known/jwks.json") List<@NotNull URI> jwksUri,
        @NotBlank @DefaultValue(DEFAULT_ISSUER) String issuer,
        @NotNull @DefaultValue("30s") Duration clockSkew,
        @NotNull @DefaultValue("5m") Duration jwksCacheTtl,
        @NotNull @DefaultValue("10s") Duration jwksRefreshMinInterval,
        @NotNull @DefaultValue List<@Pattern(regexp = PathRule.SYNTAX, message = PathRule.SYNTAX_MESSAGE) String> publicPaths,
        @NotNull @DefaultValue List<@Pattern(regexp = PathRule.SYNTAX, message = PathRule.SYNTAX_MESSAGE) String> adminPaths,
        @NotNull @DefaultValue("admin") OperatorConsole operatorConsole,
        @Min(0) @DefaultValue("1024") int verifiedTokenCacheSize) {

    public static final String DEFAULT_ISSUER = "urn:shop:user-service";

    /**
     * Who may use Hawtio and Jolokia: admins with a token, or ({@code OPEN}, local runs only: Jolokia can change any
     * MBean) also anyone on this machine, by a request over a connection from a loopback address, addressed to and
     * caused by a page of a loopback name (see {@link FromThisMachine}).
     */
    public enum OperatorConsole {
        ADMIN,
        OPEN
    }

    @AssertTrue(message = "jwks-cache-ttl must be longer than jwks-refresh-min-interval")
    public boolean isCacheLongerThanRefreshInterval() {
        return jwksCacheTtl == null || jwksRefreshMinInterval == null || jwksCacheTtl.compareTo(jwksRefreshMinInterval) > 0;
    }
}
