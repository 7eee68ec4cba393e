package com.shop.routes.idempotency;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * The events each consumer has applied, kept in the service's own database. Recording an event in the
 * same transaction as its effect makes a consumer idempotent: a redelivered event finds its id taken
 * and changes nothing, and an effect that rolled back leaves the id free for the retry. Ids older than the
 * retention are forgotten ({@link ProcessedEventsPurgeRoutes}), so the table does not grow for ever.
 */
public class ProcessedEvents {

    private static final int PURGE_BATCH = 10_000;

    private final JdbcTemplate jdbc;

    public ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code consumer} applies {@code eventId} now. Returns false when it already did, in
     * which case the caller must skip the effect. Must run inside the effect's transaction.
     */
    public boolean firstDelivery(String consumer, String eventId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("processed events must be recorded inside the transaction of their effect");
        }
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("an event without an id cannot be applied idempotently");
        }
        return jdbc.update("INSERT INTO processed_events (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                consumer, eventId) == 1;
    }

    /**
     * Forgets the events applied before {@code cutoff}, a batch per statement so that a long backlog never holds one
     * long delete; returns how many.
     */
    public int forgetBefore(Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.update("""
                    DELETE FROM processed_events WHERE (consumer, event_id) IN (
                        SELECT consumer, event_id FROM processed_events WHERE processed_at < ? LIMIT ?)""",
                    Timestamp.from(cutoff), PURGE_BATCH);
            total += deleted;
        } while (deleted == PURGE_BATCH);
        return total;
    }
}
