package com.shop.users.token;

import com.shop.users.LockWaits;
import com.shop.users.UserServiceTest;
import com.shop.users.token.RefreshTokenRules.Decision;
import com.shop.users.token.RefreshTokens.Presented;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session is revoked (reuse of a rotated token, logout, account lock) while a refresh of the same session is
 * rotating its current token on another connection: the token that rotation issues must be revoked too.
 */
class RefreshTokenRevocationRaceIT extends UserServiceTest {

    @Autowired
    RefreshTokens refreshTokens;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService revoker = Executors.newSingleThreadExecutor();
    private String userId;
    private String rotated;
    private String current;

    @BeforeEach
    void aSessionRotatedOnce() {
        userId = register(uniqueEmail("rita"), PASSWORD).get("id").asText();
        rotated = refreshTokens.start(userId).value();
        current = transactions.execute(status -> refreshTokens.present(rotated)).replacement().value();
    }

    @AfterEach
    void stopRevoker() {
        revoker.shutdownNow();
    }

    @Test
    void aRotatedTokenComingBackDuringARotationRevokesTheTokenThatRotationIssues() throws Exception {
        RefreshToken issued = rotateWhile(() -> transactions.execute(status -> refreshTokens.present(rotated)));

        assertRefused(issued);
    }

    @Test
    void aLogoutDuringARotationRevokesTheTokenThatRotationIssues() throws Exception {
        RefreshToken issued = rotateWhile(() -> refreshTokens.revokeFamilyOf(rotated));

        assertRefused(issued);
    }

    @Test
    void lockingTheAccountDuringARotationRevokesTheTokenThatRotationIssues() throws Exception {
        RefreshToken issued = rotateWhile(() -> refreshTokens.revokeAllOf(userId));

        assertRefused(issued);
    }

    /**
     * Rotates the current token in a transaction that stays open until {@code revocation}, started meanwhile on
     * another connection, waits for one of its locks; then commits and lets the revocation finish.
     */
    private RefreshToken rotateWhile(Runnable revocation) throws Exception {
        AtomicReference<Future<?>> revoking = new AtomicReference<>();
        RefreshToken issued = transactions.execute(status -> {
            Presented rotation = refreshTokens.present(current);
            assertThat(rotation.decision()).isEqualTo(Decision.ROTATE);
            revoking.set(revoker.submit(revocation));
            LockWaits.awaitAStatementWaitingForALock(jdbc);
            return rotation.replacement();
        });
        revoking.get().get(10, TimeUnit.SECONDS);
        return issued;
    }

    private void assertRefused(RefreshToken token) {
        Presented presented = transactions.execute(status -> refreshTokens.present(token.value()));
        assertThat(presented.decision()).isEqualTo(Decision.REFUSE);
    }
}
