package com.shop.users.token;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * SQL of the refresh_tokens table and of their families; tokens are looked up by their hash. Every use and every
 * revocation of a family locks its row in refresh_token_families, so they happen one after the other.
 */
@Repository
class RefreshTokenStore {

    private static final RowMapper<StoredRefreshToken> TOKEN = (rs, i) -> new StoredRefreshToken(
            rs.getObject("family_id", UUID.class), rs.getString("user_id"),
            StoredRefreshToken.Status.valueOf(rs.getString("status")), rs.getTimestamp("expires_at").toInstant(),
            rs.getTimestamp("revoked_at") != null);

    private final JdbcTemplate jdbc;

    RefreshTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertFamily(UUID familyId, String userId) {
        jdbc.update("INSERT INTO refresh_token_families (family_id, user_id) VALUES (?, ?)", familyId, UUID.fromString(userId));
    }

    void insert(String hash, UUID familyId, Instant issuedAt, Instant expiresAt) {
        jdbc.update("""
                INSERT INTO refresh_tokens (token_hash, family_id, status, issued_at, expires_at)
                VALUES (?, ?, 'ACTIVE', ?, ?)""",
                hash, familyId, Timestamp.from(issuedAt), Timestamp.from(expiresAt));
    }

    /**
     * The token with its family, both locked until the transaction ends: a use waits for a concurrent use or
     * revocation of the family and then reads the family's revocation as it was committed.
     */
    Optional<StoredRefreshToken> lock(String hash) {
        return jdbc.query("""
                SELECT t.family_id, f.user_id, t.status, t.expires_at, f.revoked_at
                FROM refresh_tokens t JOIN refresh_token_families f ON f.family_id = t.family_id
                WHERE t.token_hash = ?
                FOR UPDATE""", TOKEN, hash).stream().findFirst();
    }

    void markRotated(String hash) {
        jdbc.update("UPDATE refresh_tokens SET status = 'ROTATED' WHERE token_hash = ?", hash);
    }

    void revokeFamily(UUID familyId, Instant now) {
        jdbc.update("UPDATE refresh_token_families SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL",
                Timestamp.from(now), familyId);
    }

    void revokeFamilyOf(String hash, Instant now) {
        jdbc.update("""
                UPDATE refresh_token_families SET revoked_at = ?
                WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = ?) AND revoked_at IS NULL""",
                Timestamp.from(now), hash);
    }

    void revokeAllOf(String userId, Instant now) {
        jdbc.update("UPDATE refresh_token_families SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
                Timestamp.from(now), UUID.fromString(userId));
    }

    /**
     * Deletes the tokens that expired before {@code cutoff} and those of their families left without a token;
     * counts the tokens. Only the families just touched are looked at, by key, so the purge does not read every
     * family there is.
     */
    int deleteExpiredBefore(Instant cutoff) {
        List<UUID> families = jdbc.queryForList("DELETE FROM refresh_tokens WHERE expires_at < ? RETURNING family_id",
                UUID.class, Timestamp.from(cutoff));
        if (!families.isEmpty()) {
            Object[] distinct = families.stream().distinct().toArray();
            jdbc.update("""
                    DELETE FROM refresh_token_families f
                    WHERE f.family_id = ANY (?)
                      AND NOT EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = f.family_id)""",
                    ps -> ps.setArray(1, ps.getConnection().createArrayOf("uuid", distinct)));
        }
        return families.size();
    }
}
