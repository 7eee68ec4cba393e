package com.shop.inventory.stock;

import com.shop.routes.rest.ProblemException;
import com.shop.kafka.events.RestockDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Stock on hand: manual adjustments and warehouse deliveries, each kept as a movement. */
@Service
public class Stock {

    /** The most units a product can count, on hand and sold together: what its INT columns hold. */
    public static final int MOST_UNITS = Integer.MAX_VALUE;

    private static final Logger LOG = LoggerFactory.getLogger(Stock.class);

    private final JdbcTemplate jdbc;
    private final LowStockMonitor lowStock;

    public Stock(JdbcTemplate jdbc, LowStockMonitor lowStock) {
        this.jdbc = jdbc;
        this.lowStock = lowStock;
    }

    @Transactional
    public StockLevel adjust(String sku, StockAdjustment adjustment) {
        if (adjustment.delta() == 0) {
            throw ProblemException.badRequest("An adjustment of 0 units changes nothing");
        }
        return change(sku, adjustment.delta(), adjustment.reason(), adjustment.reference());
    }

    /**
     * A warehouse delivery; applied once however often and however late it is delivered or re-published, because
     * the warehouse and its delivery reference identify it (an external publisher may not send a stable event id)
     * and every delivery received is kept for good.
     */
    @Transactional
    public void receive(RestockDelivery delivery) {
        if (jdbc.update("INSERT INTO received_deliveries (warehouse, delivery_reference) VALUES (?, ?) ON CONFLICT DO NOTHING",
                delivery.warehouse(), delivery.deliveryReference()) == 0) {
            LOG.info("delivery {} of {} was applied before", delivery.deliveryReference(), delivery.sku());
            return;
        }
        try {
            StockLevel level = change(delivery.sku(), delivery.quantity(), "delivery from " + delivery.warehouse(),
                    delivery.deliveryReference());
            LOG.info("received {} x {} ({}), now {} on hand", delivery.quantity(), delivery.sku(),
                    delivery.deliveryReference(), level.stockOnHand());
        } catch (ProblemException e) {
            throw new RefusedDeliveryException(e.status() == 404 ? "delivery for unknown sku " + delivery.sku()
                    : "delivery " + delivery.deliveryReference() + " of " + delivery.sku() + " refused: " + e.getMessage());
        }
    }

    public List<StockMovement> movements(String sku, int limit) {
        requireProduct(sku);
        return jdbc.query("SELECT * FROM stock_movements WHERE sku = ? ORDER BY id DESC LIMIT ?",
                (rs, i) -> new StockMovement(rs.getLong("id"), rs.getString("sku"), rs.getInt("delta"), rs.getString("reason"),
                        rs.getString("reference"), rs.getTimestamp("created_at").toInstant()), sku, limit);
    }

    /**
     * Changes stock on hand, never below the reserved units nor past {@link #MOST_UNITS} on hand and sold together (so
     * that sold units given back always fit); a refusal is a 409 problem, an unknown sku a 404.
     */
    private StockLevel change(String sku, int delta, String reason, String reference) {
        List<StockLevel> changed = jdbc.query("""
                UPDATE products SET on_hand = on_hand + ?, updated_at = now()
                WHERE sku = ? AND on_hand::bigint + ? >= reserved AND on_hand::bigint + sold + ? <= ?
                RETURNING sku, on_hand, reserved""",
                (rs, i) -> new StockLevel(rs.getString("sku"), rs.getInt("on_hand"), rs.getInt("reserved"),
                        rs.getInt("on_hand") - rs.getInt("reserved")), delta, sku, delta, delta, MOST_UNITS);
        if (changed.isEmpty()) {
            throw refusal(sku, delta);
        }
        jdbc.update("INSERT INTO stock_movements (sku, delta, reason, reference) VALUES (?, ?, ?, ?)", sku, delta, reason, reference);
        lowStock.check(List.of(sku));
        return changed.get(0);
    }

    /** Why {@code delta} could not be applied: removing can only fail on the reserved units, adding on the ceiling. */
    private ProblemException refusal(String sku, int delta) {
        StockLevel current = requireProduct(sku);
        if (delta < 0) {
            return ProblemException.conflict("Removing " + -(long) delta + " units of " + sku + " would leave less than the "
                    + current.reserved() + " reserved (" + current.stockOnHand() + " on hand)");
        }
        Integer sold = jdbc.queryForObject("SELECT sold FROM products WHERE sku = ?", Integer.class, sku);
        return ProblemException.conflict("Adding " + delta + " units of " + sku + " would take it past the " + MOST_UNITS
                + " units a product can count, on hand and sold together (" + current.stockOnHand() + " on hand, " + sold + " sold)");
    }

    private StockLevel requireProduct(String sku) {
        return jdbc.query("SELECT sku, on_hand, reserved FROM products WHERE sku = ?",
                (rs, i) -> new StockLevel(rs.getString("sku"), rs.getInt("on_hand"), rs.getInt("reserved"),
                        rs.getInt("on_hand") - rs.getInt("reserved")), sku)
                .stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No product with sku " + sku));
    }
}
