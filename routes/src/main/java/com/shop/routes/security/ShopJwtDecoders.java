package com.shop.routes.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one definition of a valid access token: signed RS256 by a key of the JWK set (typ {@code JWT} or
 * none), from the configured issuer, with a subject and an expiry that has not passed (within the clock
 * skew). Everything else (other algorithms, {@code alg: none}, tampered or foreign signatures) is refused.
 */
public final class ShopJwtDecoders {

    private static final int JWKS_TIMEOUT_MILLIS = 2_000;
    private static final int JWKS_SIZE_LIMIT_BYTES = 64 * 1024;

    private ShopJwtDecoders() {
    }

    /**
     * Checks tokens against the JWK set user-service publishes, fetched from its instances in turn (see
     * {@link FailoverJWKSetSource}). The set is cached; a token whose key id is not in the cache triggers one
     * refresh (concurrent requests share it), and refreshes are rate-limited, so tokens with made-up key ids
     * cannot make the service hammer user-service. When no instance is reachable, the last known keys keep working.
     */
    public static JwtDecoder fromJwksUri(ShopSecurityProperties properties) {
        List<URL> urls = properties.jwksUri().stream().map(ShopJwtDecoders::url).toList();
        JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(new FailoverJWKSetSource(urls,
                        new DefaultResourceRetriever(JWKS_TIMEOUT_MILLIS, JWKS_TIMEOUT_MILLIS, JWKS_SIZE_LIMIT_BYTES)))
                .cache(properties.jwksCacheTtl().toMillis(), JWKS_TIMEOUT_MILLIS)
                .refreshAheadCache(false)
                .rateLimited(properties.jwksRefreshMinInterval().toMillis())
                .outageTolerant(true)
                .retrying(true)
                .build();
        return fromKeys(keys, properties);
    }

    /** Checks tokens against {@code keys}: for user-service, which holds the keys itself. */
    public static JwtDecoder fromKeys(JWKSource<SecurityContext> keys, ShopSecurityProperties properties) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        // the issuer stays the text it is: by default it is converted to a URL, and for a URN such as the default
        // issuer each conversion searched the class path for a URL handler and failed, a quarter of a token's check
        decoder.setClaimSetConverter(MappedJwtClaimSetConverter.withDefaults(
                Map.of(JwtClaimNames.ISS, issuer -> issuer == null ? null : issuer.toString())));
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                timestamps,
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, subject -> subject != null && !subject.isBlank())));
        JwtDecoder verifier = VerifiedTokens.remembering(decoder, timestamps, properties.jwksCacheTtl(),
                properties.verifiedTokenCacheSize());
        return token -> {
            try {
                return verifier.decode(token);
            } catch (JwtException e) {
                if (causedByRateLimit(e)) {
                    throw new BadJwtException("The token's signing key is unknown", e);
                }
                throw e;
            }
        };
    }

    private static URL url(URI uri) {
        try {
            return uri.toURL();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("shop.security.jwks-uri is not a URL: " + uri, e);
        }
    }

    private static boolean causedByRateLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RateLimitReachedException) {
                return true;
            }
        }
        return false;
    }
}
