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
            throw new UnknownProductDeliveryException(delivery.sku());
        }
    }

    public List<StockMovement> movements(String sku, int limit) {
        requireProduct(sku);
        return jdbc.query("SELECT * FROM stock_movements WHERE sku = ? ORDER BY id DESC LIMIT ?",
                (rs, i) -> new StockMovement(rs.getLong("id"), rs.getString("sku"), rs.getInt("delta"), rs.getString("reason"),
                        rs.getString("reference"), rs.getTimestamp("created_at").toInstant()), sku, limit);
    }

    private StockLevel change(String sku, int delta, String reason, String reference) {
        List<StockLevel> changed = jdbc.query("""
                UPDATE products SET on_hand = on_hand + ?, updated_at = now()
                WHERE sku = ? AND on_hand + ? >= reserved
                RETURNING sku, on_hand, reserved""",
                (rs, i) -> new StockLevel(rs.getString("sku"), rs.getInt("on_hand"), rs.getInt("reserved"),
                        rs.getInt("on_hand") - rs.getInt("reserved")), delta, sku, delta);
        if (changed.isEmpty()) {
            StockLevel current = requireProduct(sku);
            throw ProblemException.conflict("Removing " + (-delta) + " units of " + sku + " would leave less than the "
                    + current.reserved() + " reserved (" + current.stockOnHand() + " on hand)");
        }
        jdbc.update("INSERT INTO stock_movements (sku, delta, reason, reference) VALUES (?, ?, ?, ?)", sku, delta, reason, reference);
        lowStock.check(List.of(sku));
        return changed.get(0);
    }

    private StockLevel requireProduct(String sku) {
        return jdbc.query("SELECT sku, on_hand, reserved FROM products WHERE sku = ?",
                (rs, i) -> new StockLevel(rs.getString("sku"), rs.getInt("on_hand"), rs.getInt("reserved"),
                        rs.getInt("on_hand") - rs.getInt("reserved")), sku)
                .stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("No product with sku " + sku));
    }
}
