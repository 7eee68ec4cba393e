package com.shop.routes.consumer;

import com.shop.routes.RoutesIntegrationTest;
import com.shop.routes.deadletter.DeadLetterHeaders;
import com.shop.routes.testapp.StockLedger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.shop.platform.embedded.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ConsumerPolicyIT extends RoutesIntegrationTest {

    private static final String TOPIC = "inventory.restock";
    private static final String DLT = "inventory.restock.DLT";

    @Autowired
    StockLedger ledger;

    @Test
    void aRecordThatFailsItsSchemaGoesToTheDeadLetterTopicAndTheNextRecordIsProcessed() {
        String bad = unique("bad-");
        String good = unique("good-");
        String invalid = "{\"sku\":\"" + bad + "\",\"quantity\":-3}";
        KAFKA.send(TOPIC, bad, invalid, restockHeaders(UUID.randomUUID().toString()));
        KAFKA.send(TOPIC, good, restock(good, 4), restockHeaders(UUID.randomUUID().toString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.quantity(good) == 4);
        ConsumerRecord<String, String> letter = awaitDeadLetter(bad);
        assertThat(letter.value()).isEqualTo(invalid);
        assertThat(letter.key()).isEqualTo(bad);
        assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.POISON_RECORD);
        assertThat(header(letter, DeadLetterHeaders.ORIGINAL_TOPIC)).isEqualTo(TOPIC);
        assertThat(header(letter, DeadLetterHeaders.ORIGINAL_PARTITION)).matches("\\d");
        assertThat(header(letter, DeadLetterHeaders.ORIGINAL_OFFSET)).matches("\\d+");
        assertThat(header(letter, DeadLetterHeaders.EXCEPTION_CLASS)).isEqualTo("com.shop.kafka.InvalidEventException");
        assertThat(header(letter, DeadLetterHeaders.EXCEPTION_MESSAGE)).contains("quantity");
        assertThat(header(letter, DeadLetterHeaders.ATTEMPTS)).isEqualTo("1");
        assertThat(header(letter, DeadLetterHeaders.FAILED_AT)).isNotBlank();
        assertThat(header(letter, DeadLetterHeaders.SERVICE)).isEqualTo("routes-test");
        assertThat(header(letter, "ce_type")).as("the original headers travel with the record").isEqualTo("com.shop.inventory.RestockDelivery");
        assertThat(ledger.attempts(bad)).as("a poison record never reaches the handler").isZero();
    }

    @Test
    void recordsThatAreNotJsonOrOfAnUnknownTypeAreDeadLettered() {
        String notJson = unique("notjson-");
        String unknownType = unique("unknown-");
        KAFKA.send(TOPIC, notJson, "this is not json", restockHeaders(UUID.randomUUID().toString()));
        KAFKA.send(TOPIC, unknownType, restock(unknownType, 1), Map.of("ce_id", UUID.randomUUID().toString(),
                "ce_type", "com.shop.inventory.Teleported"));

        assertThat(header(awaitDeadLetter(notJson), DeadLetterHeaders.EXCEPTION_MESSAGE)).containsIgnoringCase("json");
        assertThat(header(awaitDeadLetter(unknownType), DeadLetterHeaders.EXCEPTION_MESSAGE)).contains("com.shop.inventory.Teleported");
    }

    @Test
    void aRecordWithANulCharacterInItsValueOrAHeaderIsDeadLetteredAtOnce() {
        String inValue = unique("nulvalue-");
        String inHeader = unique("nulheader-");
        KAFKA.send(TOPIC, inValue, restock(inValue, 1).replace("\"north\"", "\"no\\u0000rth\""),
                restockHeaders(UUID.randomUUID().toString()));
        KAFKA.send(TOPIC, inHeader, restock(inHeader, 1), restockHeaders("event\0" + UUID.randomUUID()));

        ConsumerRecord<String, String> valueLetter = awaitDeadLetter(inValue);
        assertThat(header(valueLetter, DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.POISON_RECORD);
        assertThat(header(valueLetter, DeadLetterHeaders.EXCEPTION_MESSAGE)).contains("$.warehouse: must not contain the NUL character");
        ConsumerRecord<String, String> headerLetter = awaitDeadLetter(inHeader);
        assertThat(header(headerLetter, DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.POISON_RECORD);
        assertThat(header(headerLetter, DeadLetterHeaders.EXCEPTION_MESSAGE)).isEqualTo("the ce_id header must not contain the NUL character");
        assertThat(ledger.attempts(inValue) + ledger.attempts(inHeader)).as("neither reaches the handler").isZero();
    }

    @Test
    void anInboundRecordWithoutCloudEventsHeadersIsTypedByItsTopic() {
        String sku = unique("plain-");
        KAFKA.send(TOPIC, sku, restock(sku, 2), Map.of());

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.quantity(sku) == 2);
    }

    @Test
    void aTransientFailureIsRetriedWithBackoffUntilItHeals() {
        String sku = unique("flaky-2-");
        KAFKA.send(TOPIC, sku, restock(sku, 5), restockHeaders(UUID.randomUUID().toString()));

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.quantity(sku) == 5);
        assertThat(ledger.attempts(sku)).isEqualTo(3);
        assertThat(KAFKA.records(DLT, r -> sku.equals(r.key()))).isEmpty();
    }

    @Test
    void aFailureThatOutlastsTheRetriesIsDeadLetteredWithItsAttempts() {
        String sku = unique("broken-");
        KAFKA.send(TOPIC, sku, restock(sku, 5), restockHeaders(UUID.randomUUID().toString()));

        ConsumerRecord<String, String> letter = awaitDeadLetter(sku);
        assertThat(header(letter, DeadLetterHeaders.REASON)).isEqualTo(DeadLetterHeaders.RETRIES_EXHAUSTED);
        assertThat(header(letter, DeadLetterHeaders.ATTEMPTS)).isEqualTo("4");
        assertThat(header(letter, DeadLetterHeaders.EXCEPTION_MESSAGE)).isEqualTo("the ledger database is unavailable");
        assertThat(letter.value()).as("the original value, not the bound record").contains("\"deliveryReference\"");
        assertThat(ledger.attempts(sku)).isEqualTo(4);
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String key) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records(DLT, r -> key.equals(r.key())), list -> list.size() == 1)
                .get(0);
    }
}
