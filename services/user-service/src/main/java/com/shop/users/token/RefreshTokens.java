package com.shop.users.token;

import com.shop.users.token.RefreshTokenRules.Decision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens: 256 random bits handed out once and stored only as their SHA-256 hash, grouped in a
 * family per login, rotated on every use (see {@link RefreshTokenRules}), revoked on logout and lock. A use and a
 * revocation of one family never overlap (see {@link RefreshTokenStore}), so once a family is revoked none of its
 * tokens is valid, not even one that a concurrent rotation issued.
 */
@Service
public class RefreshTokens {

    private final RefreshTokenStore store;
    private final TokenProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(RefreshTokenStore store, TokenProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** The outcome of presenting a token: for {@link Decision#ROTATE}, its owner and the token that replaces it. */
    public record Presented(Decision decision, String userId, UUID familyId, RefreshToken replacement) {
    }

    /** A token that starts a new family: a login. */
    @Transactional
    public RefreshToken start(String userId) {
        UUID familyId = UUID.randomUUID();
        store.insertFamily(familyId, userId);
        return issue(familyId);
    }

    /**
     * Decides on {@code token} and carries the decision out in the caller's transaction: rotates it, or
     * revokes its family when a rotated token came back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Presented present(String token) {
        String hash = hash(token);
        Optional<StoredRefreshToken> stored = store.lock(hash);
        Decision decision = RefreshTokenRules.decide(stored, clock.instant());
        return switch (decision) {
            case REFUSE -> new Presented(decision, null, null, null);
            case REVOKE_FAMILY -> {
                store.revokeFamily(stored.get().familyId(), clock.instant());
                yield new Presented(decision, stored.get().userId(), stored.get().familyId(), null);
            }
            case ROTATE -> {
                store.markRotated(hash);
                StoredRefreshToken current = stored.get();
                yield new Presented(decision, current.userId(), current.familyId(), issue(current.familyId()));
            }
        };
    }

    /** Ends the session {@code token} belongs to, if it names one. */
    @Transactional
    public void revokeFamilyOf(String token) {
        store.revokeFamilyOf(hash(token), clock.instant());
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void revokeFamily(UUID familyId) {
        store.revokeFamily(familyId, clock.instant());
    }

    /** Ends every session of the user. */
    @Transactional
    public void revokeAllOf(String userId) {
        store.revokeAllOf(userId, clock.instant());
    }

    /** Forgets tokens that expired long enough ago that nobody can present them usefully, and families left without one. */
    @Transactional
    public int purgeExpired() {
        return store.deleteExpiredBefore(clock.instant().minus(properties.refreshTtl()));
    }

    /** A new token of the family: its row is new or locked by the caller and was not revoked. */
    private RefreshToken issue(UUID familyId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.refreshTtl());
        store.insert(hash(value), familyId, now, expiresAt);
        return new RefreshToken(value, expiresAt);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
