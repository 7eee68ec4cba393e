package com.shop.routes.deadletter;

import com.shop.routes.RoutesIntegrationTest;
import com.shop.routes.testapp.StockLedger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeadLetterAdminIT extends RoutesIntegrationTest {

    @Autowired
    StockLedger ledger;

    @Test
    void operatorsListDeadLettersAndReplayThemOnceTheCauseIsFixed() throws Exception {
        String sku = unique("flaky-4-");
        KAFKA.send("inventory.restock", sku, restock(sku, 6), restockHeaders(UUID.randomUUID().toString()));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http("GET", "/admin/dead-letters/inventory.restock?limit=10000", null, null).body().contains(sku));

        HttpResponse<String> listed = http("GET", "/admin/dead-letters/inventory.restock?limit=10000", null, null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"dlt_reason\":\"RETRIES_EXHAUSTED\"");

        HttpResponse<String> replayed = http("POST", "/admin/dead-letters/inventory.restock/replay", null, null);
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).contains(sku);
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.quantity(sku) == 6);

        HttpResponse<String> again = http("POST", "/admin/dead-letters/inventory.restock/replay", null, null);
        assertThat(again.body()).as("a dead letter is replayed once").doesNotContain(sku);
    }

    @Test
    void oneDeadLetterCanBeReplayedByItsPosition() throws Exception {
        String sku = unique("flaky-4-");
        KAFKA.send("inventory.restock", sku, restock(sku, 2), restockHeaders(UUID.randomUUID().toString()));
        var letter = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records("inventory.restock.DLT", r -> sku.equals(r.key())), l -> l.size() == 1).get(0);

        HttpResponse<String> replayed = http("POST", "/admin/dead-letters/inventory.restock/"
                + letter.partition() + "/" + letter.offset() + "/replay", null, null);
        assertThat(replayed.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.quantity(sku) == 2);
    }

    @Test
    void aTopicTheServiceDoesNotConsumeHasNoDeadLettersHere() throws Exception {
        HttpResponse<String> listed = http("GET", "/admin/dead-letters/orders.inbound", null, null);
        assertThat(listed.statusCode()).isEqualTo(404);
        assertThat(listed.body()).contains("does not consume orders.inbound");
        assertThat(http("POST", "/admin/dead-letters/orders.inbound/replay", null, null).statusCode()).isEqualTo(404);
        assertThat(http("POST", "/admin/dead-letters/orders.inbound/0/0/replay", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void deadLettersAnotherServiceWroteToTheSameTopicAreLeftToIt() throws Exception {
        String sku = unique("theirs-");
        KAFKA.send("inventory.restock.DLT", sku, restock(sku, 3), Map.of(
                DeadLetterHeaders.ORIGINAL_TOPIC, "inventory.restock", DeadLetterHeaders.SERVICE, "another-service",
                DeadLetterHeaders.REASON, DeadLetterHeaders.POISON_RECORD));
        var letter = await().atMost(Duration.ofSeconds(20))
                .until(() -> KAFKA.records("inventory.restock.DLT", r -> sku.equals(r.key())), l -> l.size() == 1).get(0);

        assertThat(http("GET", "/admin/dead-letters/inventory.restock?limit=10000", null, null).body()).doesNotContain(sku);
        assertThat(http("POST", "/admin/dead-letters/inventory.restock/replay", null, null).body()).doesNotContain(sku);
        HttpResponse<String> one = http("POST", "/admin/dead-letters/inventory.restock/"
                + letter.partition() + "/" + letter.offset() + "/replay", null, null);
        assertThat(one.statusCode()).isEqualTo(404);
    }

    @Test
    void unknownTopicsAndPositionsAreProblems() throws Exception {
        assertThat(http("GET", "/admin/dead-letters/no.such.topic", null, null).statusCode()).isEqualTo(404);
        assertThat(http("POST", "/admin/dead-letters/inventory.restock/0/abc/replay", null, null).statusCode()).isEqualTo(400);
        assertThat(http("POST", "/admin/dead-letters/inventory.restock/0/-1/replay", null, null).statusCode()).isEqualTo(400);
        assertThat(http("POST", "/admin/dead-letters/inventory.restock/99999999999/0/replay", null, null).statusCode()).isEqualTo(400);
        assertThat(http("POST", "/admin/dead-letters/inventory.restock/0/999999/replay", null, null).statusCode()).isEqualTo(404);
    }
}
