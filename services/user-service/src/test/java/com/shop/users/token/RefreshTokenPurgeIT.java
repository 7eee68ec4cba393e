package com.shop.users.token;

import com.shop.users.UserServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshTokenPurgeIT extends UserServiceTest {

    @Autowired
    RefreshTokens refreshTokens;
    @Autowired
    JdbcTemplate jdbc;

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
}
