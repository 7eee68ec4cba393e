package com.shop.order.saga;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL of the order_sagas table. */
@Repository
class SagaStore {

    private static final RowMapper<SagaRecord> RECORD = (rs, i) -> new SagaRecord(rs.getString("order_id"),
            new Saga(SagaState.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getBoolean("payable"),
                    rs.getBoolean("stock_released"), rs.getBoolean("refunded"), state(rs, "failed_step"),
                    rs.getString("cause") == null ? null : CancelCause.valueOf(rs.getString("cause")),
                    rs.getString("reason"), rs.getString("failure")),
            instant(rs, "step_started_at"), instant(rs, "deadline"), instant(rs, "updated_at"));

    private final JdbcTemplate jdbc;

    SagaStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SagaRecord record) {
        Saga saga = record.saga();
        jdbc.update("""
                INSERT INTO order_sagas (order_id, state, attempts, payable, stock_released, refunded, failed_step, cause,
                                         reason, failure, step_started_at, deadline, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                record.orderId(), saga.state().name(), saga.attempts(), saga.payable(), saga.stockReleased(), saga.refunded(),
                name(saga.failedStep()), name(saga.cause()), saga.reason(), saga.failure(), timestamp(record.stepStartedAt()),
                timestamp(record.deadline()), timestamp(record.updatedAt()));
    }

    void update(SagaRecord record) {
        Saga saga = record.saga();
        jdbc.update("""
                UPDATE order_sagas SET state = ?, attempts = ?, payable = ?, stock_released = ?, refunded = ?, failed_step = ?,
                       cause = ?, reason = ?, failure = ?, step_started_at = ?, deadline = ?, updated_at = ?
                WHERE order_id = ?""",
                saga.state().name(), saga.attempts(), saga.payable(), saga.stockReleased(), saga.refunded(),
                name(saga.failedStep()), name(saga.cause()), saga.reason(), saga.failure(), timestamp(record.stepStartedAt()),
                timestamp(record.deadline()), timestamp(record.updatedAt()), record.orderId());
    }

    /** The order's saga, locked for the rest of the transaction: one input at a time per order. */
    Optional<SagaRecord> lock(String orderId) {
        return jdbc.query("SELECT * FROM order_sagas WHERE order_id = ? FOR UPDATE", RECORD, orderId).stream().findFirst();
    }

    Optional<SagaRecord> find(String orderId) {
        return jdbc.query("SELECT * FROM order_sagas WHERE order_id = ?", RECORD, orderId).stream().findFirst();
    }

    /** Steps whose deadline passed, oldest first; each is re-checked under its lock when handled. */
    List<OverdueStep> overdue(Instant now, int limit) {
        return jdbc.query("SELECT order_id, state FROM order_sagas WHERE deadline <= ? ORDER BY deadline LIMIT ?",
                (rs, i) -> new OverdueStep(rs.getString("order_id"), SagaState.valueOf(rs.getString("state"))),
                timestamp(now), limit);
    }

    /** One page of the sagas in {@code state}, least recently changed first. */
    SagaRecords inState(SagaState state, int page, int size) {
        return page("state = ?", page, size, state.name());
    }

    /** One page of the sagas that need an operator's eye: failed, or waiting on a step that had to be sent more than once or is overdue. */
    SagaRecords needingAttention(Instant now, int page, int size) {
        return page("state = 'FAILED' OR (deadline IS NOT NULL AND (attempts > 1 OR deadline <= ?))", page, size, timestamp(now));
    }

    private SagaRecords page(String condition, int page, int size, Object argument) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM order_sagas WHERE " + condition, Long.class, argument);
        List<SagaRecord> records = jdbc.query("SELECT * FROM order_sagas WHERE " + condition
                + " ORDER BY updated_at, order_id LIMIT ? OFFSET ?", RECORD, argument, size, (long) page * size);
        return new SagaRecords(records, total == null ? 0 : total);
    }

    private static SagaState state(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : SagaState.valueOf(value);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
