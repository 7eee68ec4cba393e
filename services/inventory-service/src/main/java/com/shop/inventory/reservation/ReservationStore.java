package com.shop.inventory.reservation;

import com.shop.kafka.events.ReservationLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL of reservations, their lines and the stock columns they move. */
@Repository
class ReservationStore {

    private final JdbcTemplate jdbc;

    ReservationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Reservation r) {
        jdbc.update("INSERT INTO reservations (order_id, status, reason, expires_at) VALUES (?, ?, ?, ?)",
                r.orderId(), r.status().name(), r.reason(), Timestamp.from(r.expiresAt()));
        jdbc.batchUpdate("INSERT INTO reservation_lines (order_id, sku, quantity) VALUES (?, ?, ?)", r.lines(), r.lines().size(),
                (ps, line) -> {
                    ps.setString(1, r.orderId());
                    ps.setString(2, line.sku());
                    ps.setInt(3, line.quantity());
                });
    }

    /** The order's reservation, locked for the rest of the transaction. */
    Optional<Reservation> lock(String orderId) {
        return jdbc.query("SELECT * FROM reservations WHERE order_id = ? FOR UPDATE",
                        (rs, i) -> new Reservation(rs.getString("order_id"), Reservation.Status.valueOf(rs.getString("status")),
                                rs.getString("reason"), rs.getTimestamp("expires_at").toInstant(), null), orderId)
                .stream().findFirst()
                .map(r -> new Reservation(r.orderId(), r.status(), r.reason(), r.expiresAt(), lines(orderId)));
    }

    /** Orders whose reservation expired, locked; ones another instance is sweeping are skipped. */
    List<String> lockExpired(Instant now, int limit) {
        return jdbc.queryForList("""
                SELECT order_id FROM reservations WHERE status = 'RESERVED' AND expires_at < ?
                ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED""", String.class, Timestamp.from(now), limit);
    }

    void setStatus(String orderId, Reservation.Status status, String reason) {
        jdbc.update("UPDATE reservations SET status = ?, reason = ?, updated_at = now() WHERE order_id = ?",
                status.name(), reason, orderId);
    }

    void reserve(ReservationLine line) {
        jdbc.update("UPDATE products SET reserved = reserved + ?, updated_at = now() WHERE sku = ?", line.quantity(), line.sku());
    }

    /** Frees the line's reserved units; false when its product is gone or holds fewer (deleted or re-created since). */
    boolean unreserve(ReservationLine line) {
        return jdbc.update("UPDATE products SET reserved = reserved - ?, updated_at = now() WHERE sku = ? AND reserved >= ?",
                line.quantity(), line.sku(), line.quantity()) == 1;
    }

    /** Turns the line's reserved units into sold ones, kept as a movement; false, changing nothing, as {@link #unreserve}. */
    boolean sell(ReservationLine line, String orderId) {
        boolean sold = jdbc.update("""
                UPDATE products SET on_hand = on_hand - ?, reserved = reserved - ?, sold = sold + ?, updated_at = now()
                WHERE sku = ? AND reserved >= ?""",
                line.quantity(), line.quantity(), line.quantity(), line.sku(), line.quantity()) == 1;
        if (sold) {
            movement(line.sku(), -line.quantity(), "sold", orderId);
        }
        return sold;
    }

    /** Puts the line's sold units back on hand, kept as a movement; false, changing nothing, when the product is gone or sold fewer. */
    boolean takeBack(ReservationLine line, String orderId) {
        boolean returned = jdbc.update("UPDATE products SET on_hand = on_hand + ?, sold = sold - ?, updated_at = now() WHERE sku = ? AND sold >= ?",
                line.quantity(), line.quantity(), line.sku(), line.quantity()) == 1;
        if (returned) {
            movement(line.sku(), line.quantity(), "returned: order cancelled", orderId);
        }
        return returned;
    }

    private void movement(String sku, int delta, String reason, String reference) {
        jdbc.update("INSERT INTO stock_movements (sku, delta, reason, reference) VALUES (?, ?, ?, ?)", sku, delta, reason, reference);
    }

    private List<ReservationLine> lines(String orderId) {
        return jdbc.query("SELECT sku, quantity FROM reservation_lines WHERE order_id = ? ORDER BY sku",
                (rs, i) -> new ReservationLine(rs.getString("sku"), rs.getInt("quantity")), orderId);
    }
}
