package com.shop.inventory.restock;

import com.shop.inventory.InventoryIntegrationTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import com.shop.routes.idempotency.ProcessedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static com.shop.platform.embedded.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RestockIT extends InventoryIntegrationTest {

    @Autowired
    ProcessedEvents processed;

    @Test
    void aWarehouseDeliveryIncreasesStockOnceAndAnInvalidOneIsDeadLettered() throws Exception {
        String sku = unique("RESTOCK-");
        createProduct(sku, 2, 0);
        String delivery = """
                {"sku":"%s","quantity":%d,"warehouse":"north","deliveryReference":"%s","deliveredAt":"2026-11-21T08:00:00Z"}""";
        String invalid = "{\"sku\":\"" + sku + "\",\"quantity\":0,\"warehouse\":\"north\"}";
        Map<String, String> headers = Map.of("ce_id", "delivery-" + UUID.randomUUID());
        KAFKA.send("inventory.restock", sku, invalid, Map.of());
        KAFKA.send("inventory.restock", sku, delivery.formatted(sku, 10, "D-1"), headers);
        KAFKA.send("inventory.restock", sku, delivery.formatted(sku, 10, "D-1"), headers);
        KAFKA.send("inventory.restock", sku, delivery.formatted(sku, 10, "D-1"), Map.of());
        KAFKA.send("inventory.restock", sku, delivery.formatted(sku, 5, "D-2"), Map.of());

        await().atMost(Duration.ofSeconds(20)).until(() -> (Integer) stock(sku).get("on_hand") == 17);
        ConsumerRecord<String, String> letter = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records("inventory.restock.DLT", r -> sku.equals(r.key())), l -> !l.isEmpty()).get(0);
        assertThat(letter.value()).isEqualTo(invalid);
        assertThat(header(letter, "dlt_exception_message")).contains("quantity");
        assertThat(http("GET", "/products/" + sku + "/stock", null).body()).contains("\"reference\":\"D-1\"", "\"reference\":\"D-2\"");
    }

    @Test
    void aDeliverySentAgainAfterTheAppliedEventsWereForgottenIsNotCountedTwice() {
        String sku = unique("LATE-");
        createProduct(sku, 2, 0);
        String delivery = """
                {"sku":"%s","quantity":%d,"warehouse":"east","deliveryReference":"%s","deliveredAt":"2026-11-21T08:00:00Z"}""";
        String reference = unique("D-");
        KAFKA.send("inventory.restock", sku, delivery.formatted(sku, 4, reference), Map.of());
        await().atMost(Duration.ofSeconds(20)).until(() -> (Integer) stock(sku).get("on_hand") == 6);

        processed.forgetBefore(Instant.now().plusSeconds(60));
        KAFKA.send("inventory.restock", sku, delivery.formatted(sku, 4, reference), Map.of());
        KAFKA.send("inventory.restock", sku, delivery.formatted(sku, 1, unique("D-")), Map.of());

        await().atMost(Duration.ofSeconds(20)).until(() -> (Integer) stock(sku).get("on_hand") == 7);
    }

    @Test
    void aDeliveryForAnUnknownSkuIsDeadLettered() {
        String sku = unique("NOPE-");
        KAFKA.send("inventory.restock", sku, """
                {"sku":"%s","quantity":3,"warehouse":"south","deliveryReference":"D-9","deliveredAt":"2026-11-21T08:00:00Z"}"""
                .formatted(sku), Map.of());

        ConsumerRecord<String, String> letter = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records("inventory.restock.DLT", r -> sku.equals(r.key())), l -> !l.isEmpty()).get(0);
        assertThat(header(letter, "dlt_reason")).isEqualTo("POISON_RECORD");
        assertThat(header(letter, "dlt_exception_message")).contains("unknown sku");
    }

    @Test
    void aDeliveryPastWhatTheProductCanCountIsDeadLetteredAtItsFirstAttempt() {
        String sku = unique("FULL-");
        createProduct(sku, Integer.MAX_VALUE - 999_999, 0);
        KAFKA.send("inventory.restock", sku, """
                {"sku":"%s","quantity":1000000,"warehouse":"west","deliveryReference":"D-FULL","deliveredAt":"2026-11-21T08:00:00Z"}"""
                .formatted(sku), Map.of());

        ConsumerRecord<String, String> letter = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records("inventory.restock.DLT", r -> sku.equals(r.key())), l -> !l.isEmpty()).get(0);
        assertThat(header(letter, "dlt_reason")).isEqualTo("POISON_RECORD");
        assertThat(header(letter, "dlt_attempts")).isEqualTo("1");
        assertThat(header(letter, "dlt_exception_message"))
                .contains("delivery D-FULL of " + sku + " refused", "2147483647 units a product can count");
        assertThat(stock(sku)).containsEntry("on_hand", Integer.MAX_VALUE - 999_999);
    }

    @Test
    void aDeliveryWithANulCharacterIsDeadLetteredAtOnceNamingTheField() {
        String sku = unique("NUL-");
        createProduct(sku, 2, 0);
        KAFKA.send("inventory.restock", sku, """
                {"sku":"%s","quantity":3,"warehouse":"north\\u0000","deliveryReference":"D-0","deliveredAt":"2026-11-21T08:00:00Z"}"""
                .formatted(sku), Map.of());

        ConsumerRecord<String, String> letter = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records("inventory.restock.DLT", r -> sku.equals(r.key())), l -> !l.isEmpty()).get(0);
        assertThat(header(letter, "dlt_reason")).isEqualTo("POISON_RECORD");
        assertThat(header(letter, "dlt_attempts")).isEqualTo("1");
        assertThat(header(letter, "dlt_exception_message")).contains("$.warehouse: must not contain the NUL character");
        assertThat(stock(sku).get("on_hand")).isEqualTo(2);
    }
}
