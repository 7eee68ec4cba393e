package com.shop.users.token;

import java.time.Instant;
import java.util.Optional;

/**
 * What presenting a refresh token leads to. Only an active, unexpired token of a family that was not revoked
 * is exchanged (and rotated); a token that was already rotated means it was copied, so its whole family is
 * revoked; anything else is refused.
 */
public final class RefreshTokenRules {

    public enum Decision {
        ROTATE,
        REVOKE_FAMILY,
        REFUSE
    }

    private RefreshTokenRules() {
    }

    public static Decision decide(Optional<StoredRefreshToken> presented, Instant now) {
        if (presented.isEmpty()) {
            return Decision.REFUSE;
        }
        StoredRefreshToken token = presented.get();
        if (token.familyRevoked()) {
            return Decision.REFUSE;
        }
        return switch (token.status()) {
            case ROTATED -> Decision.REVOKE_FAMILY;
            case ACTIVE -> token.expiresAt().isAfter(now) ? Decision.ROTATE : Decision.REFUSE;
        };
    }
}
