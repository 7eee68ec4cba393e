package com.shop.inventory.stock;

import com.shop.kafka.events.LowStock;
import com.shop.routes.outbox.Outbox;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;

/**
 * Publishes {@code LowStock} when a product's available stock falls below its threshold, once per
 * crossing: the alert is re-armed only when stock climbs back to the threshold.
 */
@Component
public class LowStockMonitor {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final Counter alerts;

    public LowStockMonitor(JdbcTemplate jdbc, Outbox outbox, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.alerts = Counter.builder("inventory.low.stock.alerts").description("LowStock events published").register(meters);
    }

    /** Re-evaluates the products just changed; must run in the transaction that changed them. */
    public void check(Collection<String> skus) {
        for (String sku : skus) {
            jdbc.query("""
                    UPDATE products SET low_stock_alerted = (on_hand - reserved < low_stock_threshold)
                    WHERE sku = ? AND low_stock_alerted <> (on_hand - reserved < low_stock_threshold)
                    RETURNING name, on_hand - reserved AS available, low_stock_threshold, low_stock_alerted""",
                    rs -> {
                        if (rs.getBoolean("low_stock_alerted")) {
                            outbox.append(sku, new LowStock(sku, rs.getString("name"), rs.getInt("available"),
                                    rs.getInt("low_stock_threshold")));
                            alerts.increment();
                        }
                    }, sku);
        }
    }
}
