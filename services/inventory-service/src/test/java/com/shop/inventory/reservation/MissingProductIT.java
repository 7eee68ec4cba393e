package com.shop.inventory.reservation;

import com.shop.inventory.InventoryIntegrationTest;
import com.shop.kafka.events.ReleaseStock;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A product row removed under its orders (by hand, or by a version that let orders' products be deleted): the saga's
 * steps for those orders still complete and answer, and no record is dead-lettered.
 */
class MissingProductIT extends InventoryIntegrationTest {

    private static final String RELEASED = "com.shop.inventory.StockReleased";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void releasingASaleWhoseProductRowWasDeletedAnswersStockReleased() {
        String sku = unique("DELETED-SOLD-");
        createProduct(sku, 5, 0);
        String order = sold(sku, 2);
        jdbc.update("DELETE FROM products WHERE sku = ?", sku);

        publish(order, new ReleaseStock(order, "customer cancelled"));

        await().atMost(PATIENCE).until(() -> !events("inventory.events", order, RELEASED).isEmpty());
        assertThat(status(order)).isEqualTo("RELEASED");
        assertThat(deadLetters("inventory.commands", order)).isEmpty();
    }

    @Test
    void releasingASaleOfAProductRecreatedSinceLeavesTheNewProductAlone() {
        String sku = unique("RECREATED-SOLD-");
        createProduct(sku, 5, 0);
        String order = sold(sku, 2);
        jdbc.update("DELETE FROM products WHERE sku = ?", sku);
        createProduct(sku, 7, 0);

        publish(order, new ReleaseStock(order, "customer cancelled"));

        await().atMost(PATIENCE).until(() -> !events("inventory.events", order, RELEASED).isEmpty());
        assertThat(stock(sku)).containsEntry("on_hand", 7).containsEntry("reserved", 0).containsEntry("sold", 0);
        assertThat(deadLetters("inventory.commands", order)).isEmpty();
    }

    @Test
    void confirmingAnOrderWhoseProductRowWasDeletedConfirmsItsReservation() {
        String sku = unique("DELETED-HELD-");
        createProduct(sku, 5, 0);
        String order = reserve(sku, 2);
        jdbc.update("DELETE FROM products WHERE sku = ?", sku);

        confirm(order, sku, 2);

        await().atMost(PATIENCE).until(() -> "CONFIRMED".equals(status(order)));
        assertThat(deadLetters("orders.events", order)).isEmpty();
    }

    @Test
    void anExpiredReservationOfAProductRecreatedSinceIsReleasedWithoutTouchingTheNewProduct() {
        String sku = unique("RECREATED-HELD-");
        createProduct(sku, 5, 0);
        String order = reserve(sku, 2);
        jdbc.update("DELETE FROM products WHERE sku = ?", sku);
        createProduct(sku, 3, 0);

        jdbc.update("UPDATE reservations SET expires_at = now() - interval '1 minute' WHERE order_id = ?", order);

        ConsumerRecord<String, String> released = await().atMost(PATIENCE)
                .until(() -> events("inventory.events", order, RELEASED), l -> !l.isEmpty()).get(0);
        assertThat(released.value()).contains("expired");
        assertThat(stock(sku)).containsEntry("on_hand", 3).containsEntry("reserved", 0);
    }

    /** Reserves and confirms {@code quantity} of {@code sku} for a new order; returns the order id once sold. */
    private String sold(String sku, int quantity) {
        String order = reserve(sku, quantity);
        confirm(order, sku, quantity);
        await().atMost(PATIENCE).until(() -> "CONFIRMED".equals(status(order)));
        return order;
    }

    private String status(String orderId) {
        return jdbc.queryForObject("SELECT status FROM reservations WHERE order_id = ?", String.class, orderId);
    }

    private static List<ConsumerRecord<String, String>> deadLetters(String topic, String order) {
        return KAFKA.records(topic + ".DLT", r -> order.equals(r.key()));
    }
}
