package com.shop.users.token;

import java.time.Instant;
import java.util.UUID;

/** A refresh token as stored: its family, owner, state and expiry (the token itself is only a hash). */
public record StoredRefreshToken(UUID familyId, String userId, Status status, Instant expiresAt) {

    public enum Status {
        ACTIVE,
        ROTATED,
        REVOKED
    }
}
