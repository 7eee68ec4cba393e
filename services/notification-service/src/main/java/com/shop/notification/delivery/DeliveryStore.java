package com.shop.notification.delivery;

import com.shop.kafka.events.NotificationChannel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL of deliveries and their attempts. */
@Repository
public class DeliveryStore {

    private static final RowMapper<Delivery> DELIVERY = (rs, i) -> new Delivery(rs.getObject("id", UUID.class),
            rs.getString("event_id"), rs.getString("event_type"), NotificationChannel.valueOf(rs.getString("channel")),
            rs.getString("user_id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("short_text"),
            rs.getString("body"), Delivery.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
            rs.getString("provider_reference"), instant(rs, "next_attempt_at"), instant(rs, "created_at"), instant(rs, "sent_at"));

    private final JdbcTemplate jdbc;

    public DeliveryStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a pending delivery unless the event already has one on that channel; true when it was new. */
    public boolean insertIfNew(Delivery d) {
        return jdbc.update("""
                INSERT INTO deliveries (id, event_id, event_type, channel, user_id, recipient, subject, short_text, body, status,
                                        next_attempt_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id, channel) DO NOTHING""",
                d.id(), d.eventId(), d.eventType(), d.channel().name(), d.userId(), d.recipient(), d.subject(), d.shortText(),
                d.body(), d.status().name(), timestamp(d.nextAttemptAt()), timestamp(d.createdAt()), timestamp(d.createdAt())) == 1;
    }

    public Optional<Delivery> find(UUID id) {
        return jdbc.query("SELECT * FROM deliveries WHERE id = ?", DELIVERY, id).stream().findFirst();
    }

    /** The delivery, locked for the rest of the transaction. */
    public Optional<Delivery> lock(UUID id) {
        return jdbc.query("SELECT * FROM deliveries WHERE id = ? FOR UPDATE", DELIVERY, id).stream().findFirst();
    }

    public void sent(UUID id, int attempts, String reference, Instant now) {
        jdbc.update("""
                UPDATE deliveries SET status = 'SENT', attempts = ?, provider_reference = ?, next_attempt_at = NULL, sent_at = ?,
                       updated_at = ? WHERE id = ?""", attempts, reference, timestamp(now), timestamp(now), id);
    }

    public void failed(UUID id, int attempts, String error, Instant now) {
        jdbc.update("""
                UPDATE deliveries SET status = 'FAILED', attempts = ?, last_error = ?, next_attempt_at = NULL, updated_at = ?
                WHERE id = ?""", attempts, error, timestamp(now), id);
    }

    public void postponed(UUID id, int attempts, String error, Instant nextAttempt, Instant now) {
        jdbc.update("UPDATE deliveries SET attempts = ?, last_error = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?",
                attempts, error, timestamp(nextAttempt), timestamp(now), id);
    }

    public void addAttempt(UUID deliveryId, int attempt, String outcome, String detail, Long latencyMillis, Instant at) {
        jdbc.update("""
                INSERT INTO delivery_attempts (delivery_id, attempt, outcome, detail, latency_ms, attempted_at)
                VALUES (?, ?, ?, ?, ?, ?)""", deliveryId, attempt, outcome, detail, latencyMillis, timestamp(at));
    }

    /**
     * Takes up to {@code limit} pending deliveries whose next attempt is due, pushing it to {@code leaseUntil} so that
     * no other instance takes them meanwhile; rows another transaction holds are skipped.
     */
    public List<UUID> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.queryForList("""
                UPDATE deliveries SET next_attempt_at = ?
                WHERE id IN (SELECT id FROM deliveries WHERE status = 'PENDING' AND next_attempt_at <= ?
                             ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING id""", UUID.class, timestamp(leaseUntil), timestamp(now), limit);
    }

    /** One page of deliveries, newest first; only one user's when {@code userId} is given. */
    public List<Delivery> page(String userId, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = "";
        if (userId != null) {
            where = " WHERE user_id = ?";
            args.add(userId);
        }
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("SELECT * FROM deliveries" + where + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?", DELIVERY,
                args.toArray());
    }

    public long count(String userId) {
        Long total = userId == null ? jdbc.queryForObject("SELECT count(*) FROM deliveries", Long.class)
                : jdbc.queryForObject("SELECT count(*) FROM deliveries WHERE user_id = ?", Long.class, userId);
        return total == null ? 0 : total;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
