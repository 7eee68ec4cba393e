package com.shop.platform.e2e;

import com.shop.platform.embedded.EmbeddedPostgresServer;
import com.shop.platform.embedded.KafkaTestClient;
import com.shop.platform.embedded.SharedInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(ServicesStoppedAtEnd.class)
class CrashRecoveryIT {

    private final RunningServices services = RunningServices.get();
    private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());

    @Test
    void deliveriesPublishedWhileTheInventoryServiceIsKilledAreEachAppliedOnceAfterItRestarts() throws Exception {
        services.ensureRunning("inventory-service");
        String sku = "HOME-LAMP-01";
        int before = onHand(sku);
        int deliveries = 300;
        for (int i = 0; i < deliveries; i++) {
            if (i == deliveries / 3) {
                services.kill("inventory-service");
            }
            kafka.send("inventory.restock", sku, """
                    {"sku":"%s","quantity":2,"warehouse":"north","deliveryReference":"E2E-%s","deliveredAt":"2026-11-21T08:00:00Z"}"""
                    .formatted(sku, UUID.randomUUID()), Map.of("ce_id", "e2e-delivery-" + UUID.randomUUID()));
        }
        services.ensureRunning("inventory-service");

        await().atMost(Duration.ofSeconds(60)).until(() -> onHand(sku) >= before + 2 * deliveries);
        assertThat(onHand(sku)).isEqualTo(before + 2 * deliveries);
        assertThat(count("SELECT count(*) FROM stock_movements WHERE reference LIKE 'E2E-%'")).isEqualTo(deliveries);
    }

    private int onHand(String sku) throws SQLException {
        return count("SELECT on_hand FROM products WHERE sku = '" + sku + "'");
    }

    private int count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(services.jdbcUrl("inventory-service"),
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
