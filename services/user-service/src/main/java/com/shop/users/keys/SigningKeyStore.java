package com.shop.users.keys;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL of the signing_keys table. */
@Repository
class SigningKeyStore {

    /** Any fixed number: the advisory lock that lets one instance at a time create or rotate keys. */
    private static final long KEYS_LOCK = 5_112_081L;

    private static final RowMapper<StoredKey> KEY = (rs, i) -> new StoredKey(rs.getString("kid"),
            rs.getString("public_jwk"), rs.getString("sealed_jwk"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("retired_at") == null ? null : rs.getTimestamp("retired_at").toInstant());

    private final JdbcTemplate jdbc;

    SigningKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for and takes the key lock until the current transaction ends. */
    void lock() {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, KEYS_LOCK);
    }

    Optional<StoredKey> active() {
        return jdbc.query("SELECT * FROM signing_keys WHERE retired_at IS NULL ORDER BY created_at DESC LIMIT 1", KEY)
                .stream().findFirst();
    }

    Optional<StoredKey> find(String kid) {
        return jdbc.query("SELECT * FROM signing_keys WHERE kid = ?", KEY, kid).stream().findFirst();
    }

    /** The active key and the keys retired after {@code cutoff}, newest first. */
    List<StoredKey> publishedSince(Instant cutoff) {
        return jdbc.query("SELECT * FROM signing_keys WHERE retired_at IS NULL OR retired_at > ? ORDER BY created_at DESC",
                KEY, Timestamp.from(cutoff));
    }

    void insert(String kid, String publicJwk, String sealedJwk, Instant createdAt) {
        jdbc.update("INSERT INTO signing_keys (kid, public_jwk, sealed_jwk, created_at) VALUES (?, ?, ?, ?)",
                kid, publicJwk, sealedJwk, Timestamp.from(createdAt));
    }

    void retireAllBut(String kid, Instant at) {
        jdbc.update("UPDATE signing_keys SET retired_at = ? WHERE retired_at IS NULL AND kid <> ?", Timestamp.from(at), kid);
    }

    int deleteRetiredBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM signing_keys WHERE retired_at < ?", Timestamp.from(cutoff));
    }
}
