package com.shop.routes.outbox;

import com.shop.kafka.EventCodec;
import com.shop.kafka.EventType;
import com.shop.kafka.EventTypes;
import com.shop.routes.correlation.Correlation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Records an event to publish in the caller's database transaction, so that the event exists if and
 * only if the state change it describes was committed. The relay publishes it after the commit.
 */
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox (event_id, event_type, topic, message_key, payload, correlation_id, traceparent, occurred_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final EventCodec codec;
    private final OutboxRelayTrigger trigger;

    public Outbox(JdbcTemplate jdbc, EventCodec codec, OutboxRelayTrigger trigger) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.trigger = trigger;
    }

    /**
     * Appends {@code event}, keyed by its aggregate id, to the outbox; its topic and CloudEvents type come
     * from the contract. Must run inside a transaction.
     *
     * @return the event id ({@code ce_id})
     */
    public UUID append(String key, Record event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the outbox must be written inside the transaction of the state change");
        }
        EventType type = EventTypes.of(event.getClass());
        UUID eventId = UUID.randomUUID();
        jdbc.update(INSERT, eventId, type.ceType(), type.topic().topicName(), key, codec.toJson(event),
                Correlation.currentOrNew(), Correlation.traceparent(), Timestamp.from(Instant.now()));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                trigger.wake();
            }
        });
        return eventId;
    }
}
