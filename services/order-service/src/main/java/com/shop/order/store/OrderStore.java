package com.shop.order.store;

import com.shop.kafka.events.Address;
import com.shop.kafka.events.OrderLine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL of orders, their lines and their status history. */
@Repository
public class OrderStore {

    private static final RowMapper<OrderSummary> SUMMARY = (rs, i) -> new OrderSummary(rs.getString("id"),
            rs.getString("customer_id"), OrderStatus.valueOf(rs.getString("status")), rs.getInt("items"),
            rs.getBigDecimal("total"), rs.getString("currency"), instant(rs, "placed_at"), instant(rs, "updated_at"));

    private static final RowMapper<StatusChange> CHANGE = (rs, i) -> new StatusChange(
            OrderStatus.valueOf(rs.getString("status")), rs.getString("step"), rs.getString("reason"), instant(rs, "changed_at"));

    private final JdbcTemplate jdbc;

    public OrderStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the order and its lines; false when the customer's idempotency key or the partner's reference
     * is taken already (by a concurrent request too: the insert waits for it to commit).
     */
    public boolean insert(Order order, String idempotencyKey, String requestHash, String externalReference) {
        Address to = order.shippingAddress();
        int inserted = jdbc.update("""
                INSERT INTO orders (id, customer_id, status, channel, idempotency_key, request_hash, external_reference,
                                    currency, total, payment_method, ship_recipient, ship_line1, ship_line2, ship_city,
                                    ship_postal_code, ship_country, placed_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""",
                order.id(), order.customerId(), order.status().name(), order.channel().name(), idempotencyKey, requestHash,
                externalReference, order.currency(), order.total(), order.paymentMethod(), to.recipient(), to.line1(),
                to.line2(), to.city(), to.postalCode(), to.country(), Timestamp.from(order.placedAt()),
                Timestamp.from(order.updatedAt()));
        if (inserted == 0) {
            return false;
        }
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            lines.add(new Object[] {order.id(), i + 1, line.sku(), line.quantity(), line.unitPrice()});
        }
        jdbc.batchUpdate("INSERT INTO order_lines (order_id, line_no, sku, quantity, unit_price) VALUES (?, ?, ?, ?, ?)", lines);
        return true;
    }

    public Optional<Order> find(String orderId) {
        return jdbc.query("SELECT * FROM orders WHERE id = ?", (rs, i) -> order(rs), orderId).stream().findFirst()
                .map(order -> new Order(order.id(), order.customerId(), order.status(), order.channel(), lines(orderId),
                        order.total(), order.currency(), order.shippingAddress(), order.paymentMethod(), order.placedAt(),
                        order.updatedAt()));
    }

    /** The order a customer placed with an idempotency key, and the fingerprint of the request that placed it. */
    public Optional<KeyedOrder> findByIdempotencyKey(String customerId, String idempotencyKey) {
        return jdbc.query("SELECT id, request_hash FROM orders WHERE customer_id = ? AND idempotency_key = ?",
                (rs, i) -> new KeyedOrder(rs.getString("id"), rs.getString("request_hash")), customerId, idempotencyKey)
                .stream().findFirst();
    }

    public Optional<String> findByExternalReference(String externalReference) {
        return jdbc.queryForList("SELECT id FROM orders WHERE external_reference = ?", String.class, externalReference)
                .stream().findFirst();
    }

    public void setStatus(String orderId, OrderStatus status, Instant at) {
        jdbc.update("UPDATE orders SET status = ?, updated_at = ? WHERE id = ?", status.name(), Timestamp.from(at), orderId);
    }

    /** Stores the catalogue's prices of an order accepted before the catalogue could answer. */
    public void price(String orderId, List<OrderLine> lines, BigDecimal total, String currency) {
        jdbc.update("UPDATE orders SET total = ?, currency = ? WHERE id = ?", total, currency, orderId);
        for (int i = 0; i < lines.size(); i++) {
            jdbc.update("UPDATE order_lines SET unit_price = ? WHERE order_id = ? AND line_no = ?",
                    lines.get(i).unitPrice(), orderId, i + 1);
        }
    }

    public void record(String orderId, StatusChange change) {
        jdbc.update("INSERT INTO order_status_history (order_id, status, step, reason, changed_at) VALUES (?, ?, ?, ?, ?)",
                orderId, change.status().name(), change.step(), change.reason(), Timestamp.from(change.at()));
    }

    public List<StatusChange> history(String orderId) {
        return jdbc.query("SELECT * FROM order_status_history WHERE order_id = ? ORDER BY id", CHANGE, orderId);
    }

    /** A page of orders, newest first: one customer's when {@code customerId} is given, else everyone's. */
    public OrderPage page(String customerId, OrderStatus status, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> args = new ArrayList<>();
        if (customerId != null) {
            where.append(" AND o.customer_id = ?");
            args.add(customerId);
        }
        if (status != null) {
            where.append(" AND o.status = ?");
            args.add(status.name());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM orders o" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<OrderSummary> items = jdbc.query("""
                SELECT o.*, (SELECT coalesce(sum(quantity), 0) FROM order_lines l WHERE l.order_id = o.id) AS items
                FROM orders o""" + where + " ORDER BY o.placed_at DESC, o.id LIMIT ? OFFSET ?", SUMMARY, pageArgs.toArray());
        return new OrderPage(items, page, size, total == null ? 0 : total);
    }

    private List<OrderLine> lines(String orderId) {
        return jdbc.query("SELECT sku, quantity, unit_price FROM order_lines WHERE order_id = ? ORDER BY line_no",
                (rs, i) -> new OrderLine(rs.getString("sku"), rs.getInt("quantity"), rs.getBigDecimal("unit_price")), orderId);
    }

    private static Order order(ResultSet rs) throws SQLException {
        Address to = new Address(rs.getString("ship_recipient"), rs.getString("ship_line1"), rs.getString("ship_line2"),
                rs.getString("ship_city"), rs.getString("ship_postal_code"), rs.getString("ship_country"));
        return new Order(rs.getString("id"), rs.getString("customer_id"), OrderStatus.valueOf(rs.getString("status")),
                OrderChannel.valueOf(rs.getString("channel")), List.of(), rs.getBigDecimal("total"), rs.getString("currency"),
                to, rs.getString("payment_method"), instant(rs, "placed_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }
}
