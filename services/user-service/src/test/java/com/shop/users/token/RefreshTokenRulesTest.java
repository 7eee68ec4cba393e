package com.shop.users.token;

import com.shop.users.token.RefreshTokenRules.Decision;
import com.shop.users.token.StoredRefreshToken.Status;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshTokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void anActiveUnexpiredTokenIsRotated() {
        assertThat(decide(Status.ACTIVE, NOW.plus(Duration.ofMinutes(1)))).isEqualTo(Decision.ROTATE);
    }

    @Test
    void anActiveTokenPastItsExpiryIsRefused() {
        assertThat(decide(Status.ACTIVE, NOW)).isEqualTo(Decision.REFUSE);
        assertThat(decide(Status.ACTIVE, NOW.minusSeconds(1))).isEqualTo(Decision.REFUSE);
    }

    @Test
    void aRotatedTokenComingBackRevokesItsFamilyEvenWhenExpired() {
        assertThat(decide(Status.ROTATED, NOW.plus(Duration.ofDays(1)))).isEqualTo(Decision.REVOKE_FAMILY);
        assertThat(decide(Status.ROTATED, NOW.minus(Duration.ofDays(1)))).isEqualTo(Decision.REVOKE_FAMILY);
    }

    @Test
    void everyTokenOfARevokedFamilyIsRefusedWithoutRevokingAgain() {
        assertThat(decide(Status.ACTIVE, NOW.plus(Duration.ofDays(1)), true)).isEqualTo(Decision.REFUSE);
        assertThat(decide(Status.ROTATED, NOW.plus(Duration.ofDays(1)), true)).isEqualTo(Decision.REFUSE);
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertThat(RefreshTokenRules.decide(Optional.empty(), NOW)).isEqualTo(Decision.REFUSE);
    }

    private static Decision decide(Status status, Instant expiresAt) {
        return decide(status, expiresAt, false);
    }

    private static Decision decide(Status status, Instant expiresAt, boolean familyRevoked) {
        return RefreshTokenRules.decide(Optional.of(new StoredRefreshToken(UUID.randomUUID(), "u-1", status, expiresAt,
                familyRevoked)), NOW);
    }
}
