package com.shop.order;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.kafka.EventCodec;
import com.shop.order.support.SagaParticipants;
import com.shop.order.support.TestCatalogue;
import com.shop.platform.embedded.KafkaTestClient;
import com.shop.platform.embedded.SharedInfrastructure;
import com.shop.routes.security.testing.TestTokenIssuer;
import com.shop.routes.testing.HttpTestClient;
import com.shop.routes.testing.TestEvents;
import org.apache.camel.CamelContext;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The order service on the shared real Kafka broker and a database of its own, with a real HTTP catalogue,
 * inventory and payment played over the real topics, and access tokens from a stand-in user-service; one
 * context for all test classes.
 */
@CamelSpringBootTest
@DisableJmx(false)
@AutoConfigureObservability
@ActiveProfiles("test")
@SpringBootTest(classes = OrderApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class OrderIntegrationTest {

    protected static final String ORDERS_EVENTS = "orders.events";
    protected static final String INVENTORY_COMMANDS = "inventory.commands";
    protected static final String PAYMENTS_COMMANDS = "payments.commands";

    protected static final KafkaTestClient KAFKA = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    private static final TestEvents CLOUD_EVENTS = new TestEvents(KAFKA, "order-service-test");
    protected static final ObjectMapper JSON = new EventCodec().objectMapper();
    protected static final TestTokenIssuer TOKENS = TestTokenIssuer.shared();
    protected static final TestCatalogue CATALOGUE = TestCatalogue.start();
    /** A second catalogue instance, listed first, that refuses every connection: each read of it fails over to {@link #CATALOGUE}. */
    protected static final String REFUSING_CATALOGUE = "http://localhost:" + closedPort();
    protected static final SagaParticipants PARTICIPANTS = SagaParticipants.start(SharedInfrastructure.get().kafkaBootstrapServers());
    protected static final Duration SAGA_TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected CamelContext camel;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "orders");
        registry.add("shop.security.jwks-uri", TOKENS::jwksUri);
        registry.add("order.catalog.base-urls", () -> REFUSING_CATALOGUE + "," + CATALOGUE.baseUrl());
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A new product the catalogue sells at {@code price} euros, with plenty in stock. */
    protected static String product(String prefix, String price) {
        String sku = unique(prefix);
        CATALOGUE.add(sku, price, 100);
        return sku;
    }

    /** A customer's access token; each call is a new customer. */
    protected static String newCustomer() {
        return TOKENS.customer(unique("customer-"));
    }

    protected static String line(String sku, int quantity) {
        return "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}";
    }

    protected static String orderJson(String paymentMethod, String... lines) {
        return """
                {"lines":[%s],
                 "shippingAddress":{"recipient":"Ada Lovelace","line1":"12 Analytical Row","city":"London","postalCode":"N1 9GU","country":"GB"},
                 "paymentMethod":"%s"}""".formatted(Arrays.stream(lines).collect(Collectors.joining(",")), paymentMethod);
    }

    /** Places the order and returns its id; fails unless it is accepted. */
    protected String place(String token, String json) {
        HttpResponse<String> response = send("POST", "/orders", token, json, Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/orders/");
        return location.substring("/orders/".length());
    }

    protected JsonNode order(String token, String orderId) {
        HttpResponse<String> response = send("GET", "/orders/" + orderId, token, null, Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response.body());
    }

    protected JsonNode awaitStatus(String token, String orderId, String status) {
        return await().atMost(SAGA_TIMEOUT).pollInterval(Duration.ofMillis(200))
                .until(() -> order(token, orderId), o -> status.equals(o.get("status").asText()));
    }

    /** The records on {@code topic} for the order (its key) of the given CloudEvents type. */
    protected static List<ConsumerRecord<String, String>> records(String topic, String orderId, String ceType) {
        return CLOUD_EVENTS.records(topic, orderId, ceType);
    }

    protected static List<ConsumerRecord<String, String>> awaitRecords(String topic, String orderId, String ceType, int count) {
        return await().atMost(SAGA_TIMEOUT).pollInterval(Duration.ofMillis(300))
                .until(() -> records(topic, orderId, ceType), found -> found.size() >= count);
    }

    /** Publishes {@code event} as its producer would: JSON value, key, CloudEvents headers. */
    protected static void publish(String key, Record event, String eventId) {
        CLOUD_EVENTS.publish(key, event, eventId);
    }

    /** Moves the order's saga step deadline to now: the next scan finds it overdue, as if its timeout had passed. */
    protected void expireStep(String orderId) {
        assertThat(jdbc.update("UPDATE order_sagas SET deadline = now() WHERE order_id = ? AND deadline IS NOT NULL", orderId))
                .as("the saga of %s waits for an answer", orderId).isEqualTo(1);
    }

    protected static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected HttpResponse<String> send(String method, String path, String token, String json, Map<String, String> headers) {
        return HttpTestClient.localhost(port).send(method, path, json, token, headers);
    }
}
