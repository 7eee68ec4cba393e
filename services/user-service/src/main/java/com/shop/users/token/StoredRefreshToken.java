package com.shop.users.token;

import java.time.Instant;
import java.util.UUID;

/**
 * A refresh token as stored: its family, owner, state and expiry (the token itself is only a hash), and whether
 * its family was revoked.
 */
public record StoredRefreshToken(UUID familyId, String userId, Status status, Instant expiresAt, boolean familyRevoked) {

    public enum Status {
        ACTIVE,
        ROTATED
    }
}
