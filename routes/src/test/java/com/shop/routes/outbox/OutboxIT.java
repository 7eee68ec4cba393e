package com.shop.routes.outbox;

import com.shop.kafka.events.LowStock;
import com.shop.routes.RoutesIntegrationTest;
import org.apache.camel.CamelContext;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.shop.platform.embedded.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class OutboxIT extends RoutesIntegrationTest {

    private static final String TOPIC = "inventory.events";

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;

    @Test
    void aCommittedEventIsPublishedWithItsCloudEventsHeadersAndMarkedSent() {
        String sku = unique("committed-");
        String eventId = transactions.execute(s -> outbox.append(sku, new LowStock(sku, "Desk lamp", 2, 5)).toString());

        ConsumerRecord<String, String> record = awaitRecords(sku, 1).get(0);
        assertThat(record.value()).contains("\"sku\":\"" + sku + "\"", "\"available\":2");
        assertThat(header(record, "ce_id")).isEqualTo(eventId);
        assertThat(header(record, "ce_type")).isEqualTo("com.shop.inventory.LowStock");
        assertThat(header(record, "ce_source")).isEqualTo("routes-test");
        assertThat(header(record, "ce_subject")).isEqualTo(sku);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_time")).isNotBlank();
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "ce_correlationid")).isNotBlank();
        await().atMost(Duration.ofSeconds(5)).until(() -> unsent(sku) == 0);
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String sku = unique("rolledback-");
        String marker = unique("marker-");
        transactions.executeWithoutResult(s -> {
            outbox.append(sku, new LowStock(sku, "Desk lamp", 1, 5));
            s.setRollbackOnly();
        });
        transactions.executeWithoutResult(s -> outbox.append(marker, new LowStock(marker, "Marker", 1, 5)));

        awaitRecords(marker, 1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox WHERE message_key = ?", Integer.class, sku)).isZero();
        assertThat(KAFKA.records(TOPIC, r -> sku.equals(r.key()))).isEmpty();
    }

    @Test
    void eventsOfOneKeyArriveInTheOrderTheyWereCommitted() {
        String sku = unique("ordered-");
        IntStream.rangeClosed(1, 30).forEach(level ->
                transactions.executeWithoutResult(s -> outbox.append(sku, new LowStock(sku, "Lamp", level, 50))));

        List<Integer> levels = awaitRecords(sku, 30).stream()
                .map(r -> Integer.parseInt(r.value().replaceAll(".*\"available\":(\\d+).*", "$1")))
                .toList();
        assertThat(levels).containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
    }

    @Test
    void eventsCommittedWhileTheRelayIsStoppedArriveOnceInOrderAfterItRestarts() throws Exception {
        String sku = unique("stopped-");
        camel.getRouteController().stopRoute("routes-test-outbox-poll");
        camel.getRouteController().stopRoute("routes-test-outbox-relay");
        try {
            IntStream.rangeClosed(1, 3).forEach(level ->
                    transactions.executeWithoutResult(s -> outbox.append(sku, new LowStock(sku, "Lamp", level, 9))));
            assertThat(unsent(sku)).isEqualTo(3);
            assertThat(KAFKA.records(TOPIC, r -> sku.equals(r.key()))).isEmpty();
        } finally {
            camel.getRouteController().startRoute("routes-test-outbox-relay");
            camel.getRouteController().startRoute("routes-test-outbox-poll");
        }

        List<ConsumerRecord<String, String>> records = awaitRecords(sku, 3);
        assertThat(records).extracting(r -> r.value().replaceAll(".*\"available\":(\\d+).*", "$1"))
                .containsExactly("1", "2", "3");
        assertThat(records).extracting(r -> header(r, "ce_id")).doesNotHaveDuplicates();
        await().atMost(Duration.ofSeconds(5)).until(() -> unsent(sku) == 0);
        assertThat(KAFKA.records(TOPIC, r -> sku.equals(r.key()))).as("published once").hasSize(3);
    }

    @Test
    void writingTheOutboxOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.append("x", new LowStock("x", "x", 1, 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFactAppendedAgainUnderItsIdIsPublishedOnceWhileTheOutboxHoldsItAndAsACopyAfterThePurge() {
        String sku = unique("once-");
        UUID eventId = UUID.randomUUID();
        LowStock event = new LowStock(sku, "Desk lamp", 2, 5);
        assertThat(appendOnce(sku, event, eventId)).isTrue();
        assertThat(appendOnce(sku, event, eventId)).isFalse();
        awaitRecords(sku, 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> unsent(sku) == 0);
        assertThat(appendOnce(sku, event, eventId)).as("sent, still held").isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox WHERE message_key = ?", Integer.class, sku)).isOne();

        jdbc.update("DELETE FROM outbox WHERE event_id = ?", eventId); // as the purge does once the retention is over
        assertThat(appendOnce(sku, event, eventId)).isTrue();

        assertThat(awaitRecords(sku, 2)).extracting(r -> header(r, "ce_id")).containsExactly(eventId.toString(), eventId.toString());
    }

    private boolean appendOnce(String key, LowStock event, UUID eventId) {
        return Boolean.TRUE.equals(transactions.execute(s -> outbox.appendOnce(key, event, eventId)));
    }

    private int unsent(String key) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE message_key = ? AND sent_at IS NULL", Integer.class, key);
    }

    private static List<ConsumerRecord<String, String>> awaitRecords(String key, int count) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records(TOPIC, r -> key.equals(r.key())), list -> list.size() >= count);
    }
}
