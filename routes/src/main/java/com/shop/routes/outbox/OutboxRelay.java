package com.shop.routes.outbox;

import com.shop.kafka.CloudEventHeaders;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes committed outbox rows to Kafka in the order they were written, a batch per transaction:
 * the batch is sent and acknowledged, then marked sent. A crash in between re-sends the batch
 * (consumers are idempotent by {@code ce_id}); nothing is lost and order per key is kept, because one
 * relay at a time (per database) publishes, oldest first.
 */
public class OutboxRelay {

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean pending = new AtomicBoolean();
    private final OutboxStore store;
    private final TransactionTemplate transactions;
    private final ProducerTemplate producer;
    private final String kafkaEndpoint;
    private final String source;
    private final int batchSize;
    private final Duration sentRetention;

    /** Kafka endpoint the relay sends through; each record's topic, key and headers come from its outbox row. */
    static final String KAFKA_ENDPOINT = "kafka:outbox?batchWithIndividualHeaders=true";

    public static OutboxRelay create(JdbcTemplate jdbc, TransactionTemplate transactions, ProducerTemplate producer,
                                     String source, int batchSize, Duration sentRetention) {
        return new OutboxRelay(new OutboxStore(jdbc), transactions, producer, KAFKA_ENDPOINT, source, batchSize, sentRetention);
    }

    OutboxRelay(OutboxStore store, TransactionTemplate transactions, ProducerTemplate producer,
                       String kafkaEndpoint, String source, int batchSize, Duration sentRetention) {
        this.store = store;
        this.transactions = transactions;
        this.producer = producer;
        this.kafkaEndpoint = kafkaEndpoint;
        this.source = source;
        this.batchSize = batchSize;
        this.sentRetention = sentRetention;
    }

    /**
     * Publishes every unsent row; a call that arrives while another thread drains makes that thread
     * look again instead of waiting. Returns the number of events this call published.
     */
    public int drain() {
        pending.set(true);
        int total = 0;
        while (pending.get() && running.tryLock()) {
            try {
                pending.set(false);
                int sent;
                do {
                    sent = transactions.execute(status -> relayBatch());
                    total += sent;
                } while (sent == batchSize);
            } finally {
                running.unlock();
            }
        }
        return total;
    }

    /** Deletes rows sent longer ago than the retention; returns how many. */
    public int purgeSent() {
        return store.deleteSentBefore(Instant.now().minus(sentRetention));
    }

    private int relayBatch() {
        if (!store.tryLockRelay()) {
            return 0;
        }
        List<OutboxRow> rows = store.oldestUnsent(batchSize);
        if (rows.isEmpty()) {
            return 0;
        }
        Exchange result = producer.send(kafkaEndpoint, exchange -> exchange.getIn().setBody(
                rows.stream().map(row -> toMessage(exchange.getContext(), row)).toList()));
        if (result.getException() != null) {
            throw new OutboxRelayException("publishing " + rows.size() + " outbox events failed", result.getException());
        }
        store.markSent(rows.stream().map(OutboxRow::id).toList());
        return rows.size();
    }

    private Message toMessage(CamelContext context, OutboxRow row) {
        Message message = new DefaultMessage(context);
        message.setBody(row.payload());
        message.setHeader(KafkaConstants.OVERRIDE_TOPIC, row.topic());
        message.setHeader(KafkaConstants.KEY, row.key());
        message.setHeader(CloudEventHeaders.ID, row.eventId().toString());
        message.setHeader(CloudEventHeaders.TYPE, row.eventType());
        message.setHeader(CloudEventHeaders.SOURCE, source);
        message.setHeader(CloudEventHeaders.TIME, row.occurredAt().toString());
        message.setHeader(CloudEventHeaders.SUBJECT, row.key());
        message.setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        message.setHeader(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_VALUE);
        if (row.correlationId() != null) {
            message.setHeader(CloudEventHeaders.CORRELATION_ID, row.correlationId());
        }
        if (row.traceparent() != null) {
            message.setHeader(CloudEventHeaders.TRACEPARENT, row.traceparent());
        }
        return message;
    }
}
