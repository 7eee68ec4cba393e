package com.shop.routes.security;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the tokens it has verified, so that a client sending the same token again is not checked from
 * scratch: parsing the token, converting the signing key and verifying the RS256 signature were half of what
 * a REST request cost the order service. A remembered token is only the exact text that passed every check;
 * its expiry (and not-before) are checked again on each use, and it is verified again once {@code lifetime}
 * has passed (the JWK set cache's time to live, {@code shop.security.jwks-cache-ttl}), so a key withdrawn from
 * the JWK set stops being trusted no later than with the key cache alone plus that time. Refused tokens are
 * never remembered. When {@code capacity} tokens are remembered, the memory starts over: more active tokens
 * than that only bring back the full check for some requests.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> timestamps;
    private final Duration lifetime;
    private final int capacity;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> timestamps, Duration lifetime, int capacity, Clock clock) {
        this.verifier = verifier;
        this.timestamps = timestamps;
        this.lifetime = lifetime;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** {@code verifier} itself when nothing is to be remembered. */
    static JwtDecoder remembering(JwtDecoder verifier, OAuth2TokenValidator<Jwt> timestamps, Duration lifetime, int capacity) {
        return capacity > 0 ? new VerifiedTokens(verifier, timestamps, lifetime, capacity, Clock.systemUTC()) : verifier;
    }

    @Override
    public Jwt decode(String token) {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.until()) && !timestamps.validate(known.jwt()).hasErrors()) {
            return known.jwt();
        }
        if (known != null) {
            verified.remove(token, known);
        }
        Jwt jwt = verifier.decode(token);
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(token, new Verified(jwt, now.plus(lifetime)));
        return jwt;
    }

    private record Verified(Jwt jwt, Instant until) {
    }
}
