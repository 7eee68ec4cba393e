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
        UUID eventId = UUID.randomUUID();
        insert(INSERT, key, event, eventId);
        return eventId;
    }

    /**
     * Appends {@code event} under an id the caller derives from the fact it announces, unless the outbox still
     * holds that id. Announcing one fact again then adds nothing while its first announcement is here (the relay
     * publishes that one), and once it has been purged goes out as a copy under the same id, which every
     * idempotent consumer drops. Must run inside a transaction.
     *
     * @return true when the event was appended, false when the outbox already held its id
     */
    public boolean appendOnce(String key, Record event, UUID eventId) {
        return insert(INSERT + " ON CONFLICT (event_id) DO NOTHING", key, event, eventId);
    }

    private boolean insert(String sql, String key, Record event, UUID eventId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("the outbox must be written inside the transaction of the state change");
        }
        EventType type = EventTypes.of(event.getClass());
        int inserted = jdbc.update(sql, eventId, type.ceType(), type.topic().topicName(), key, codec.toJson(event),
                Correlation.currentOrNew(), Correlation.traceparent(), Timestamp.from(Instant.now()));
        if (inserted == 0) {
            return false;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                trigger.wake();
            }
        });
        return true;
    }
}
