package com.shop.inventory;

import com.shop.kafka.events.OrderConfirmed;
import com.shop.kafka.events.OrderLine;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ReserveStock;
import com.shop.platform.embedded.KafkaTestClient;
import com.shop.platform.embedded.SharedInfrastructure;
import com.shop.routes.security.testing.TestTokenIssuer;
import com.shop.routes.testing.HttpTestClient;
import com.shop.routes.testing.TestEvents;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.DisableJmx;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/** The inventory service on the shared real Kafka broker and a database of its own; one context for all test classes. */
@CamelSpringBootTest
@DisableJmx(false)
@AutoConfigureObservability
@ActiveProfiles("test")
@SpringBootTest(classes = InventoryApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class InventoryIntegrationTest {

    protected static final KafkaTestClient KAFKA = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    private static final TestEvents CLOUD_EVENTS = new TestEvents(KAFKA, "test");
    /** Stands in for user-service: publishes the keys this service checks tokens with, and signs them. */
    protected static final TestTokenIssuer TOKENS = TestTokenIssuer.shared();

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "inventory");
        registry.add("shop.security.jwks-uri", TOKENS::jwksUri);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** Publishes {@code event} as its producer would: JSON value, key, CloudEvents headers; returns its ce_id. */
    protected static String publish(String key, Record event) {
        return CLOUD_EVENTS.publish(key, event);
    }

    protected static void publish(String key, Record event, String eventId) {
        CLOUD_EVENTS.publish(key, event, eventId);
    }

    protected static List<ConsumerRecord<String, String>> events(String topic, String key, String ceType) {
        return CLOUD_EVENTS.records(topic, key, ceType);
    }

    protected void createProduct(String sku, int stock, int threshold) {
        HttpResponse<String> response = http("POST", "/products", """
                {"sku":"%s","name":"Product %s","description":"for tests","category":"test","price":12.50,"currency":"EUR",
                 "stockOnHand":%d,"lowStockThreshold":%d}""".formatted(sku, sku, stock, threshold));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("could not create " + sku + ": " + response.body());
        }
    }

    /** Reserves {@code quantity} of {@code sku} for a new order, as the order saga asks; returns the order id once reserved. */
    protected static String reserve(String sku, int quantity) {
        String order = unique("order-");
        publish(order, new ReserveStock(order, List.of(new ReservationLine(sku, quantity))));
        await().atMost(Duration.ofSeconds(20)).until(() -> !events("inventory.events", order, "com.shop.inventory.StockReserved").isEmpty());
        return order;
    }

    /** Confirms the order, as order-service announces it once paid: its reservation becomes a sale. */
    protected static void confirm(String order, String sku, int quantity) {
        publish(order, new OrderConfirmed(order, "customer-1", List.of(new OrderLine(sku, quantity, new BigDecimal("12.50"))),
                new BigDecimal("12.50").multiply(BigDecimal.valueOf(quantity)), "EUR", Instant.now()));
    }

    protected Map<String, Object> stock(String sku) {
        return jdbc.queryForMap("SELECT on_hand, reserved, sold FROM products WHERE sku = ?", sku);
    }

    /** A request as an operator (an ADMIN): what the catalogue and stock tests need. */
    protected HttpResponse<String> http(String method, String path, String json) {
        return http(method, path, json, TOKENS.admin("operator"));
    }

    /** A request with {@code accessToken} as its bearer token, or none when null. */
    protected HttpResponse<String> http(String method, String path, String json, String accessToken) {
        return HttpTestClient.localhost(port).send(method, path, json, accessToken);
    }
}
