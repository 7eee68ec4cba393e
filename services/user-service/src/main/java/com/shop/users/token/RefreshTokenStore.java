package com.shop.users.token;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** SQL of the refresh_tokens table; tokens are looked up by their hash. */
@Repository
class RefreshTokenStore {

    private static final RowMapper<StoredRefreshToken> TOKEN = (rs, i) -> new StoredRefreshToken(
            rs.getObject("family_id", UUID.class), rs.getString("user_id"),
            StoredRefreshToken.Status.valueOf(rs.getString("status")), rs.getTimestamp("expires_at").toInstant());

    private final JdbcTemplate jdbc;

    RefreshTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String hash, UUID familyId, String userId, Instant issuedAt, Instant expiresAt) {
        jdbc.update("""
                INSERT INTO refresh_tokens (token_hash, family_id, user_id, status, issued_at, expires_at)
                VALUES (?, ?, ?, 'ACTIVE', ?, ?)""",
                hash, familyId, UUID.fromString(userId), Timestamp.from(issuedAt), Timestamp.from(expiresAt));
    }

    /** The token, locked until the transaction ends so that two uses of it are decided one after the other. */
    Optional<StoredRefreshToken> lock(String hash) {
        return jdbc.query("SELECT * FROM refresh_tokens WHERE token_hash = ? FOR UPDATE", TOKEN, hash).stream().findFirst();
    }

    void markRotated(String hash) {
        jdbc.update("UPDATE refresh_tokens SET status = 'ROTATED' WHERE token_hash = ?", hash);
    }

    int revokeFamily(UUID familyId) {
        return jdbc.update("UPDATE refresh_tokens SET status = 'REVOKED' WHERE family_id = ? AND status <> 'REVOKED'", familyId);
    }

    int revokeAllOf(String userId) {
        return jdbc.update("UPDATE refresh_tokens SET status = 'REVOKED' WHERE user_id = ? AND status = 'ACTIVE'",
                UUID.fromString(userId));
    }

    int deleteExpiredBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM refresh_tokens WHERE expires_at < ?", Timestamp.from(cutoff));
    }
}
