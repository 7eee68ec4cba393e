package com.shop.notification;

import com.shop.connectors.notification.sandbox.ChannelSandbox;
import com.shop.connectors.notification.sandbox.ReceivedMail;
import com.shop.connectors.notification.sandbox.ReceivedText;
import com.shop.connectors.notification.sandbox.SandboxSettings;
import com.shop.kafka.events.NotificationChannel;
import com.shop.kafka.events.OrderConfirmed;
import com.shop.kafka.events.OrderLine;
import com.shop.kafka.events.UserRegistered;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The notification service on the shared real Kafka broker, a database of its own and the real channel sandbox
 * (GreenMail's SMTP server and the SMS and push APIs, in-process on free ports); one context for all test classes.
 */
@CamelSpringBootTest
@DisableJmx(false)
@AutoConfigureObservability
@ActiveProfiles("test")
@SpringBootTest(classes = NotificationApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class NotificationIntegrationTest {

    protected static final String NOTIFICATIONS = "notifications.events";
    protected static final KafkaTestClient KAFKA = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrapServers());
    private static final TestEvents CLOUD_EVENTS = new TestEvents(KAFKA, "test");
    protected static final ChannelSandbox SANDBOX = startSandbox();
    /** Stands in for user-service: publishes the keys this service checks tokens with, and signs them. */
    protected static final TestTokenIssuer TOKENS = TestTokenIssuer.shared();
    protected static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.register(registry, "notifications");
        registry.add("notification.channels.email.host", () -> "localhost");
        registry.add("notification.channels.email.port", SANDBOX::smtpPort);
        registry.add("notification.channels.sms.url", () -> SANDBOX.baseUri().toString());
        registry.add("notification.channels.push.url", () -> SANDBOX.baseUri().toString());
        registry.add("shop.security.jwks-uri", TOKENS::jwksUri);
    }

    protected static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Publishes {@code event} as its producing service would: JSON value, key, CloudEvents headers; returns its ce_id. */
    protected static String publish(String key, Record event) {
        return CLOUD_EVENTS.publish(key, event);
    }

    protected static void publish(String key, Record event, String eventId) {
        CLOUD_EVENTS.publish(key, event, eventId);
    }

    /** A user registered with these channels (phone and device derived from the id), once the service knows them. */
    protected UserRegistered registered(String userId, NotificationChannel... channels) {
        UserRegistered user = new UserRegistered(userId, userId + "@example.com", "Ada " + userId, "+4915" + digits(userId),
                "device-" + userId, Set.of(channels), Set.of("CUSTOMER"), Instant.now());
        publish(userId, user);
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("SELECT count(*) FROM contacts WHERE user_id = ?", Integer.class,
                userId) == 1);
        return user;
    }

    protected static OrderConfirmed confirmed(String orderId, String customerId) {
        return new OrderConfirmed(orderId, customerId, List.of(new OrderLine("SKU-MUG", 2, new BigDecimal("12.50")),
                new OrderLine("SKU-TEA", 1, new BigDecimal("34.9"))), new BigDecimal("59.90"), "EUR", Instant.now());
    }

    protected static List<ReceivedMail> mailTo(String address) {
        return SANDBOX.mail().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    protected static List<ReceivedText> smsTo(String number) {
        return SANDBOX.sms().received().stream().filter(message -> message.to().equals(number)).toList();
    }

    protected static List<ReceivedText> pushTo(String token) {
        return SANDBOX.push().received().stream().filter(message -> message.to().equals(token)).toList();
    }

    protected static List<ConsumerRecord<String, String>> notificationEvents(String eventId, String ceType) {
        return KAFKA.records(NOTIFICATIONS, r -> ceType.equals(KafkaTestClient.header(r, "ce_type"))
                && r.value().contains("\"eventId\":\"" + eventId + "\""));
    }

    protected List<Map<String, Object>> deliveries(String eventId) {
        return jdbc.queryForList("SELECT * FROM deliveries WHERE event_id = ? ORDER BY channel", eventId);
    }

    protected HttpResponse<String> get(String path, String accessToken) {
        return HttpTestClient.localhost(port).send("GET", path, null, accessToken);
    }

    private static String digits(String id) {
        return String.format("%08d", Math.abs(id.hashCode()) % 100_000_000);
    }

    private static ChannelSandbox startSandbox() {
        try {
            ChannelSandbox sandbox = ChannelSandbox.start(SandboxSettings.anyFreePorts());
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "notification-sandbox-stop"));
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the notification sandbox", e);
        }
    }
}
