package com.shop.routes.testapp;

import com.shop.kafka.events.LowStock;
import com.shop.kafka.events.RestockDelivery;
import com.shop.routes.idempotency.ProcessedEvents;
import com.shop.routes.outbox.Outbox;
import org.apache.camel.Header;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The test service's rules: a delivery adds stock once per event and announces the new level. Skus
 * named {@code flaky-<n>-...} fail their first n attempts, {@code broken-...} always fail: the transient
 * failures the consumer policy must retry.
 */
@Component
public class StockLedger {

    private final JdbcTemplate jdbc;
    private final ProcessedEvents processed;
    private final Outbox outbox;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public StockLedger(JdbcTemplate jdbc, ProcessedEvents processed, Outbox outbox) {
        this.jdbc = jdbc;
        this.processed = processed;
        this.outbox = outbox;
    }

    @Transactional
    public void receive(RestockDelivery delivery, @Header("ce_id") String eventId) {
        failIfToldTo(delivery.sku());
        if (!processed.firstDelivery("test-restock", eventId)) {
            return;
        }
        jdbc.update("INSERT INTO stock_ledger (sku, quantity) VALUES (?, ?) "
                + "ON CONFLICT (sku) DO UPDATE SET quantity = stock_ledger.quantity + EXCLUDED.quantity",
                delivery.sku(), delivery.quantity());
        outbox.append(delivery.sku(), new LowStock(delivery.sku(), delivery.sku(), quantity(delivery.sku()), 0));
    }

    public int quantity(String sku) {
        List<Integer> found = jdbc.queryForList("SELECT quantity FROM stock_ledger WHERE sku = ?", Integer.class, sku);
        return found.isEmpty() ? 0 : found.get(0);
    }

    public int attempts(String sku) {
        return attempts.getOrDefault(sku, new AtomicInteger()).get();
    }

    private void failIfToldTo(String sku) {
        int attempt = attempts.computeIfAbsent(sku, s -> new AtomicInteger()).incrementAndGet();
        if (sku.startsWith("broken-")) {
            throw new IllegalStateException("the ledger database is unavailable");
        }
        if (sku.startsWith("flaky-") && attempt <= Integer.parseInt(sku.split("-")[1])) {
            throw new IllegalStateException("transient failure " + attempt);
        }
    }
}
