package com.shop.routes;

import com.shop.platform.embedded.EmbeddedPostgresServer;
import com.shop.platform.embedded.SharedInfrastructure;
import com.shop.routes.testapp.StockLedger;
import com.shop.routes.testing.TestEvents;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the test service does on a broker whose clients must prove themselves, however a subclass secures the broker
 * and sets the KAFKA_* variables: it starts (its topics created at start-up), its Camel routes consume and produce, and
 * the operators' dead-letter reader and replay, which are Kafka clients of their own, work too.
 */
@CamelSpringBootTest
abstract class SecuredKafkaServiceTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ProducerTemplate producer;

    @Autowired
    StockLedger ledger;

    @LocalServerPort
    int port;

    /** A database of the test class's own and the broker at {@code bootstrapServers}: call it from a {@code @DynamicPropertySource}. */
    static void register(DynamicPropertyRegistry registry, String databasePrefix, String bootstrapServers) {
        String database = SharedInfrastructure.get().freshDatabase(databasePrefix);
        registry.add("spring.datasource.url", () -> database);
        registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
        registry.add("spring.datasource.password", () -> EmbeddedPostgresServer.PASSWORD);
        registry.add("KAFKA_BOOTSTRAP_SERVERS", () -> bootstrapServers);
        registry.add("camel.component.kafka.poll-timeout-ms", () -> "500");
    }

    @Test
    void aDeliveryTheRouteProducesIsConsumedAndApplied() {
        String sku = "secured-" + UUID.randomUUID();

        producer.sendBodyAndHeaders("kafka:{{topics.inventory-restock}}", restock(sku, 5), headers(sku));

        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.quantity(sku) == 5);
    }

    @Test
    void aDeadLetterIsListedAndReplayedByTheOperatorsKafkaClients() throws Exception {
        String sku = "flaky-4-secured-" + UUID.randomUUID();
        producer.sendBodyAndHeaders("kafka:{{topics.inventory-restock}}", restock(sku, 3), headers(sku));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http("GET", "/admin/dead-letters/inventory.restock?limit=10000").body().contains(sku));

        HttpResponse<String> replayed = http("POST", "/admin/dead-letters/inventory.restock/replay");

        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).contains(sku);
        await().atMost(Duration.ofSeconds(20)).until(() -> ledger.quantity(sku) == 3);
    }

    private static String restock(String sku, int quantity) {
        return """
                {"sku":"%s","quantity":%d,"warehouse":"north","deliveryReference":"%s","deliveredAt":"2026-11-21T10:00:00Z"}"""
                .formatted(sku, quantity, UUID.randomUUID());
    }

    private static Map<String, Object> headers(String sku) {
        Map<String, Object> headers = new HashMap<>(TestEvents.headers(UUID.randomUUID().toString(),
                "com.shop.inventory.RestockDelivery", "warehouse-north"));
        headers.put(KafkaConstants.KEY, sku);
        return headers;
    }

    private HttpResponse<String> http(String method, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
