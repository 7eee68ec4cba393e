package com.shop.routes.idempotency;

import com.shop.routes.RoutesIntegrationTest;
import com.shop.routes.testapp.StockLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class IdempotentConsumerIT extends RoutesIntegrationTest {

    @Autowired
    StockLedger ledger;
    @Autowired
    ProcessedEvents processed;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSameEventDeliveredTwiceChangesStateOnce() {
        String sku = unique("twice-");
        String eventId = UUID.randomUUID().toString();
        String marker = unique("marker-");
        KAFKA.send("inventory.restock", sku, restock(sku, 7), restockHeaders(eventId));
        KAFKA.send("inventory.restock", sku, restock(sku, 7), restockHeaders(eventId));
        KAFKA.send("inventory.restock", sku, restock(marker, 1), restockHeaders(UUID.randomUUID().toString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.quantity(marker) == 1);
        assertThat(ledger.attempts(sku)).as("both deliveries reached the handler").isEqualTo(2);
        assertThat(ledger.quantity(sku)).isEqualTo(7);
    }

    @Test
    void anEffectThatRolledBackLeavesTheEventFreeForItsRetry() {
        String eventId = UUID.randomUUID().toString();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            assertThat(processed.firstDelivery("rollback-test", eventId)).isTrue();
            throw new IllegalStateException("the effect failed");
        })).hasMessage("the effect failed");

        Boolean retried = transactions.execute(status -> processed.firstDelivery("rollback-test", eventId));
        assertThat(retried).isTrue();
    }

    @Test
    void eventsAppliedBeforeTheCutoffAreForgottenAndLaterOnesRemembered() {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            processed.firstDelivery("purge-test", old);
            processed.firstDelivery("purge-test", recent);
        });
        jdbc.update("UPDATE processed_events SET processed_at = now() - interval '46 days' WHERE consumer = ? AND event_id = ?",
                "purge-test", old);

        assertThat(processed.forgetBefore(Instant.now().minus(Duration.ofDays(45)))).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("SELECT event_id FROM processed_events WHERE consumer = ?", String.class, "purge-test"))
                .containsExactly(recent);
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> processed.firstDelivery("no-tx", "e-1")).isInstanceOf(IllegalStateException.class);
    }
}
