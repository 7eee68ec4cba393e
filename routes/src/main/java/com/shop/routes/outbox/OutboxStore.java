package com.shop.routes.outbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** SQL of the outbox table for the relay. */
class OutboxStore {

    /** Any fixed number: the advisory lock that lets one relay at a time publish from this database. */
    private static final long RELAY_LOCK = 7_340_031L;

    private static final RowMapper<OutboxRow> ROW = (rs, i) -> new OutboxRow(
            rs.getLong("id"), rs.getObject("event_id", UUID.class), rs.getString("event_type"),
            rs.getString("topic"), rs.getString("message_key"), rs.getString("payload"),
            rs.getString("correlation_id"), rs.getString("traceparent"),
            rs.getTimestamp("occurred_at").toInstant());

    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the relay lock for the current transaction; false when another relay (another instance) holds it. */
    boolean tryLockRelay() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, RELAY_LOCK));
    }

    List<OutboxRow> oldestUnsent(int limit) {
        return jdbc.query("SELECT * FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT ?", ROW, limit);
    }

    int deleteSentBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM outbox WHERE sent_at < ?", Timestamp.from(cutoff));
    }

    void markSent(List<Long> ids) {
        jdbc.update("UPDATE outbox SET sent_at = now() WHERE id = ANY (?)", ps ->
                ps.setArray(1, ps.getConnection().createArrayOf("bigint", ids.toArray())));
    }
}
