package com.shop.users.token;

import com.shop.users.UserServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshTokenPurgeIT extends UserServiceTest {

    @Autowired
    RefreshTokens refreshTokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSessionWhoseTokenExpiredLongAgoIsForgottenAndALiveOneIsKept() {
        String userId = register(uniqueEmail("paul"), PASSWORD).get("id").asText();
        String expired = refreshTokens.start(userId).value();
        String live = refreshTokens.start(userId).value();
        jdbc.update("UPDATE refresh_tokens SET expires_at = now() - interval '30 days' WHERE token_hash = ?",
                RefreshTokens.hash(expired));

        assertThat(refreshTokens.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("SELECT family_id FROM refresh_token_families WHERE user_id = ?", UUID.class,
                UUID.fromString(userId))).containsExactly(jdbc.queryForObject(
                "SELECT family_id FROM refresh_tokens WHERE token_hash = ?", UUID.class, RefreshTokens.hash(live)));
    }

    @Test
    void aSessionWhoseOldTokenExpiredKeepsItsFamilyForTheTokenThatReplacedIt() {
        String userId = register(uniqueEmail("rita"), PASSWORD).get("id").asText();
        String first = refreshTokens.start(userId).value();
        String second = transactions.execute(status -> refreshTokens.present(first).replacement().value());
        jdbc.update("UPDATE refresh_tokens SET expires_at = now() - interval '30 days' WHERE token_hash = ?",
                RefreshTokens.hash(first));

        assertThat(refreshTokens.purgeExpired()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("SELECT token_hash FROM refresh_tokens t JOIN refresh_token_families f USING (family_id)"
                + " WHERE f.user_id = ?", String.class, UUID.fromString(userId))).containsExactly(RefreshTokens.hash(second));
    }
}
