package com.shop.payment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.shop.connectors.payment.Charge;
import com.shop.connectors.payment.ProviderJson;
import com.shop.connectors.payment.sandbox.PaymentSandbox;
import com.shop.connectors.payment.sandbox.SandboxSettings;
import com.shop.kafka.events.AuthorizePayment;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The payment service on the shared real Kafka broker, a database of its own and the real sandbox provider
 * over HTTP (in-process, on a free port); one context for all test classes.
 */
@CamelSpringBootTest
@DisableJmx(false)
@AutoConfigureObservability
@ActiveProfiles("test")
@SpringBootTest(classes = PaymentApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PaymentIntegrationTest {

    protected static final String COMMANDS = "payments.commands";
    protected static final String EVENTS = "payments.events";
    protected static final String AUTHORIZED = "com.shop.payment.PaymentAuthorized";
    protected static final String DECLINED = "com.shop.payment.PaymentDeclined";
    protected static final String REFUNDED = "com.shop.payment.PaymentRefunded";

    protected static final KafkaTestClient KAFKA = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    private static final TestEvents CLOUD_EVENTS = new TestEvents(KAFKA, "order-service");
    /** tok_timeout answers after 2 s, far beyond the client's 400 ms timeout (application-test.yml). */
    protected static final PaymentSandbox SANDBOX = startSandbox(new SandboxSettings(0, Duration.ofSeconds(2), 2));
    private static final HttpTestClient PROVIDER = new HttpTestClient(SANDBOX.baseUri());
    /** Stands in for user-service: publishes the keys this service checks tokens with, and signs them. */
    protected static final TestTokenIssuer TOKENS = TestTokenIssuer.shared();

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "payments");
        registry.add("payment.provider.url", () -> SANDBOX.baseUri().toString());
        registry.add("shop.security.jwks-uri", TOKENS::jwksUri);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    protected static AuthorizePayment authorization(String orderId, String customerId, String amount, String card) {
        return new AuthorizePayment(orderId, customerId, new BigDecimal(amount), "EUR", card);
    }

    /** Publishes {@code command} as the order service would: JSON value, key, CloudEvents headers; returns its ce_id. */
    protected static String publish(String key, Record command) {
        return CLOUD_EVENTS.publish(key, command);
    }

    protected static void publish(String key, Record command, String eventId) {
        CLOUD_EVENTS.publish(key, command, eventId);
    }

    protected static List<ConsumerRecord<String, String>> events(String key, String ceType) {
        return CLOUD_EVENTS.records(EVENTS, key, ceType);
    }

    /** Waits until the command published with ce_id {@code commandId} was handled: its id is recorded with its effect. */
    protected void awaitHandled(String commandId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM processed_events WHERE event_id = ?", Integer.class, commandId) == 1);
    }

    /** The event ids of the order's {@code ceType} events in the outbox, sent or not, oldest first. */
    protected List<String> announced(String orderId, String ceType) {
        return jdbc.queryForList("SELECT event_id::text FROM outbox WHERE message_key = ? AND event_type = ? ORDER BY id",
                String.class, orderId, ceType);
    }

    /** What the sandbox provider charged under the order's idempotency key, read from its {@code GET /charges}. */
    protected static List<Charge> charges(String orderId) throws IOException {
        HttpResponse<String> response = PROVIDER.send("GET", "/charges", null, null);
        List<Charge> all = ProviderJson.mapper().readValue(response.body(), new TypeReference<>() {
        });
        return all.stream().filter(charge -> orderId.equals(charge.idempotencyKey())).toList();
    }

    protected static void providerOutage(boolean on) {
        HttpResponse<String> response = PROVIDER.send("POST", "/admin/outage/" + (on ? "on" : "off"), null, null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the sandbox did not switch its outage: " + response.body());
        }
    }

    protected Map<String, Object> payment(String orderId) {
        return jdbc.queryForMap("SELECT * FROM payments WHERE order_id = ?", orderId);
    }

    protected String status(String orderId) {
        return jdbc.queryForList("SELECT status FROM payments WHERE order_id = ?", String.class, orderId).stream()
                .findFirst().orElse("NONE");
    }

    /** A GET as an operator (an ADMIN), who sees every payment. */
    protected HttpResponse<String> get(String path) {
        return get(path, TOKENS.admin("operator"));
    }

    /** A GET with {@code accessToken} as its bearer token, or none when null. */
    protected HttpResponse<String> get(String path, String accessToken) {
        return HttpTestClient.localhost(port).send("GET", path, null, accessToken);
    }

    private static PaymentSandbox startSandbox(SandboxSettings settings) {
        try {
            PaymentSandbox sandbox = PaymentSandbox.start(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "payment-sandbox-stop"));
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the payment sandbox", e);
        }
    }
}
