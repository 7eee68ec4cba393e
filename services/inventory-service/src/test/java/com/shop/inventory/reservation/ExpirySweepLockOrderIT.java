package com.shop.inventory.reservation;

import com.shop.inventory.InventoryIntegrationTest;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ReserveStock;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The expiry sweep takes the stock rows of its whole batch in sku order, as reservations do: they wait for each other, never deadlock. */
class ExpirySweepLockOrderIT extends InventoryIntegrationTest {

    private static final String TIMED_SWEEP = "inventory-reservation-expiry";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Reservations reservations;
    @Autowired
    DataSource dataSource;
    @Autowired
    CamelContext camel;

    @BeforeEach
    void stopTheTimedSweep() throws Exception {
        camel.getRouteController().stopRoute(TIMED_SWEEP);
    }

    @AfterEach
    void restartTheTimedSweep() throws Exception {
        camel.getRouteController().startRoute(TIMED_SWEEP);
    }

    @Test
    void aSweepWhoseReservationsHoldProductsAgainstSkuOrderWaitsForAReservationInsteadOfDeadlocking() throws Exception {
        String first = unique("LOCK-A-");
        String second = unique("LOCK-B-");
        createProduct(first, 5, 0);
        createProduct(second, 5, 0);
        String holdingSecond = expiredReservation(second, 2, Duration.ofDays(2));
        String holdingFirst = expiredReservation(first, 3, Duration.ofDays(1));

        // a reservation of both products, as reserve takes them: the first one locked, the second one next
        try (Connection reservation = dataSource.getConnection()) {
            reservation.setAutoCommit(false);
            lock(reservation, first);
            CompletableFuture<Integer> sweep = CompletableFuture.supplyAsync(reservations::expireOverdue);
            await().atMost(PATIENCE).until(this::aSessionWaitsForALock);
            lock(reservation, second);
            reservation.commit();

            assertThat(sweep.get(PATIENCE.toSeconds(), SECONDS)).isGreaterThanOrEqualTo(2);
        }
        assertThat(status(holdingSecond)).isEqualTo("RELEASED");
        assertThat(status(holdingFirst)).isEqualTo("RELEASED");
        assertThat(stock(first)).containsEntry("on_hand", 5).containsEntry("reserved", 0).containsEntry("sold", 0);
        assertThat(stock(second)).containsEntry("on_hand", 5).containsEntry("reserved", 0).containsEntry("sold", 0);
    }

    /** Reserves {@code quantity} of {@code sku} for a new order whose reservation expired {@code ago}; returns the order id. */
    private String expiredReservation(String sku, int quantity, Duration ago) {
        String order = unique("order-");
        reservations.reserve(new ReserveStock(order, List.of(new ReservationLine(sku, quantity))), UUID.randomUUID().toString());
        jdbc.update("UPDATE reservations SET expires_at = now() - make_interval(secs => ?) WHERE order_id = ?", ago.toSeconds(), order);
        return order;
    }

    private static void lock(Connection transaction, String sku) throws SQLException {
        try (PreparedStatement select = transaction.prepareStatement("SELECT sku FROM products WHERE sku = ? FOR UPDATE")) {
            select.setString(1, sku);
            select.executeQuery().close();
        }
    }

    private boolean aSessionWaitsForALock() {
        Integer waiting = jdbc.queryForObject(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", Integer.class);
        return waiting != null && waiting > 0;
    }

    private String status(String orderId) {
        return jdbc.queryForObject("SELECT status FROM reservations WHERE order_id = ?", String.class, orderId);
    }
}
