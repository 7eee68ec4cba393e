package com.shop.payment.ledger;

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

/** SQL of payments and their provider transactions. */
@Repository
public class PaymentStore {

    private static final RowMapper<Payment> PAYMENT = (rs, i) -> new Payment(
            rs.getObject("id", UUID.class), rs.getString("order_id"), rs.getString("customer_id"), rs.getBigDecimal("amount"),
            rs.getString("currency"), rs.getString("payment_method"), PaymentStatus.valueOf(rs.getString("status")),
            rs.getString("provider_reference"), rs.getString("decline_reason"), rs.getBigDecimal("refund_amount"),
            rs.getString("refund_reason"), rs.getInt("attempts"), rs.getString("last_error"),
            instant(rs, "next_attempt_at"), instant(rs, "created_at"), instant(rs, "updated_at"));

    private static final RowMapper<PaymentTransaction> TRANSACTION = (rs, i) -> new PaymentTransaction(
            rs.getLong("id"), rs.getObject("payment_id", UUID.class), PaymentTransaction.Kind.valueOf(rs.getString("kind")),
            rs.getBigDecimal("amount"), rs.getString("currency"), rs.getString("idempotency_key"),
            rs.getString("provider_reference"), PaymentTransaction.Result.valueOf(rs.getString("result")),
            rs.getString("detail"), instant(rs, "occurred_at"));

    private final JdbcTemplate jdbc;

    public PaymentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Payment p) {
        jdbc.update("""
                INSERT INTO payments (id, order_id, customer_id, amount, currency, payment_method, status, attempts,
                                      next_attempt_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                p.id(), p.orderId(), p.customerId(), p.amount(), p.currency(), p.paymentMethod(), p.status().name(),
                p.attempts(), timestamp(p.nextAttemptAt()), timestamp(p.createdAt()), timestamp(p.updatedAt()));
    }

    /** Writes everything about a payment that changes after it was recorded. */
    public void update(Payment p) {
        jdbc.update("""
                UPDATE payments SET status = ?, provider_reference = ?, decline_reason = ?, refund_amount = ?, refund_reason = ?,
                       attempts = ?, last_error = ?, next_attempt_at = ?, updated_at = ?
                WHERE id = ?""",
                p.status().name(), p.providerReference(), p.declineReason(), p.refundAmount(), p.refundReason(), p.attempts(),
                p.lastError(), timestamp(p.nextAttemptAt()), timestamp(p.updatedAt()), p.id());
    }

    public Optional<Payment> find(UUID id) {
        return jdbc.query("SELECT * FROM payments WHERE id = ?", PAYMENT, id).stream().findFirst();
    }

    /** The payment, locked for the rest of the transaction. */
    public Optional<Payment> lock(UUID id) {
        return jdbc.query("SELECT * FROM payments WHERE id = ? FOR UPDATE", PAYMENT, id).stream().findFirst();
    }

    /** The order's payment, locked for the rest of the transaction. */
    public Optional<Payment> lockByOrder(String orderId) {
        return jdbc.query("SELECT * FROM payments WHERE order_id = ? FOR UPDATE", PAYMENT, orderId).stream().findFirst();
    }

    /**
     * Takes up to {@code limit} payments whose next attempt is due, pushing it to {@code leaseUntil} so that no
     * other instance takes them meanwhile; rows another transaction holds are skipped.
     */
    public List<UUID> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.queryForList("""
                UPDATE payments SET next_attempt_at = ?
                WHERE id IN (SELECT id FROM payments WHERE next_attempt_at <= ? ORDER BY next_attempt_at LIMIT ?
                             FOR UPDATE SKIP LOCKED)
                RETURNING id""", UUID.class, timestamp(leaseUntil), timestamp(now), limit);
    }

    /** Holds the payment for an attempt until {@code leaseUntil}, as {@link #claimDue} does for the payments it takes. */
    public void lease(UUID id, Instant leaseUntil) {
        jdbc.update("UPDATE payments SET next_attempt_at = ? WHERE id = ?", timestamp(leaseUntil), id);
    }

    public void addTransaction(PaymentTransaction t) {
        jdbc.update("""
                INSERT INTO payment_transactions (payment_id, kind, amount, currency, idempotency_key, provider_reference,
                                                  result, detail, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                t.paymentId(), t.kind().name(), t.amount(), t.currency(), t.idempotencyKey(), t.providerReference(),
                t.result().name(), t.detail(), timestamp(t.occurredAt()));
    }

    public List<PaymentTransaction> transactions(UUID paymentId) {
        return jdbc.query("SELECT * FROM payment_transactions WHERE payment_id = ? ORDER BY id", TRANSACTION, paymentId);
    }

    /** The transactions of several payments, oldest first. */
    public List<PaymentTransaction> transactions(List<UUID> paymentIds) {
        return jdbc.query("SELECT * FROM payment_transactions WHERE payment_id = ANY (?) ORDER BY id", TRANSACTION,
                (Object) paymentIds.toArray(UUID[]::new));
    }

    /** One page of payments, newest first, optionally only a customer's and only in one status. */
    public List<Payment> page(String customerId, PaymentStatus status, int page, int size) {
        Filter filter = filter(customerId, status);
        List<Object> args = new ArrayList<>(filter.args());
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("SELECT * FROM payments" + filter.where() + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                PAYMENT, args.toArray());
    }

    public long count(String customerId, PaymentStatus status) {
        Filter filter = filter(customerId, status);
        Long total = jdbc.queryForObject("SELECT count(*) FROM payments" + filter.where(), Long.class, filter.args().toArray());
        return total == null ? 0 : total;
    }

    private static Filter filter(String customerId, PaymentStatus status) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (customerId != null) {
            where.append(" AND customer_id = ?");
            args.add(customerId);
        }
        if (status != null) {
            where.append(" AND status = ?");
            args.add(status.name());
        }
        return new Filter(where.toString(), args);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private record Filter(String where, List<Object> args) {
    }
}
