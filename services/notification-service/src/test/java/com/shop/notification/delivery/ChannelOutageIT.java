package com.shop.notification.delivery;

import com.shop.kafka.events.NotificationChannel;
import com.shop.kafka.events.UserRegistered;
import com.shop.notification.NotificationIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChannelOutageIT extends NotificationIntegrationTest {

    @AfterEach
    void providersAreBack() {
        SANDBOX.sms().outage(false);
    }

    @Test
    void whileTheSmsProviderIsDownMailStillGoesOutAndTheSmsFollowsOnceItRecovers() throws Exception {
        String customer = unique("fay-");
        UserRegistered user = registered(customer, NotificationChannel.EMAIL, NotificationChannel.SMS);
        SANDBOX.sms().outage(true);
        String order = unique("order-");
        String eventId = publish(order, confirmed(order, customer));

        await().atMost(Duration.ofSeconds(10)).until(() -> mailTo(user.email()).stream().anyMatch(m -> m.subject().contains(order)));
        await().atMost(PATIENCE).until(() -> sms(eventId).get("last_error") != null);
        assertThat(sms(eventId)).containsEntry("status", "PENDING");
        await("the SMS channel's breaker opens").atMost(PATIENCE).until(() -> outcomes(sms(eventId)).contains("CIRCUIT_OPEN"));
        assertThat(smsTo(user.phone())).isEmpty();
        assertThat(mailTo(user.email()).stream().filter(m -> m.subject().contains(order))).as("mail is not held back").hasSize(1);

        SANDBOX.sms().outage(false);
        await().atMost(PATIENCE).until(() -> smsTo(user.phone()).size() == 1);
        await().atMost(PATIENCE).until(() -> "SENT".equals(sms(eventId).get("status")));
        assertThat(outcomes(sms(eventId))).startsWith("UNAVAILABLE").endsWith("SENT")
                .filteredOn("SENT"::equals).hasSize(1);
        assertThat(notificationEvents(eventId, "com.shop.notification.NotificationSent")).hasSize(2);
        assertThat(get("/actuator/prometheus", TOKENS.admin("operator")).body())
                .contains("notifications_retried_total{channel=\"sms\"", "notifications_sent_total{channel=\"email\"",
                        "notifications_latency_seconds_count{channel=\"sms\"", "routeId=\"notification-send-sms\"");
    }

    @Test
    void aDeviceThePushGatewayDoesNotKnowIsRecordedAsFailedForGoodAndNotRetried() {
        String customer = unique("gus-");
        publish(customer, new UserRegistered(customer, customer + "@example.com", "Gus", null, "unregistered-" + customer,
                Set.of(NotificationChannel.PUSH), Set.of("CUSTOMER"), Instant.now()));
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("SELECT count(*) FROM contacts WHERE user_id = ?", Integer.class,
                customer) == 1);
        String order = unique("order-");
        String eventId = publish(order, confirmed(order, customer));

        await().atMost(PATIENCE).until(() -> "FAILED".equals(deliveries(eventId).get(0).get("status")));
        Map<String, Object> push = deliveries(eventId).get(0);
        assertThat(push).containsEntry("channel", "PUSH").containsEntry("attempts", 1);
        assertThat((String) push.get("last_error")).contains("404", "unregistered_device");
        String failed = await().atMost(PATIENCE).until(() -> notificationEvents(eventId, "com.shop.notification.NotificationFailed"),
                l -> !l.isEmpty()).get(0).value();
        assertThat(failed).contains("\"permanent\":true", "\"channel\":\"PUSH\"");
        assertThat(outcomes(push)).containsExactly("REFUSED");
    }

    private List<String> outcomes(Map<String, Object> delivery) {
        return jdbc.queryForList("SELECT outcome FROM delivery_attempts WHERE delivery_id = ? ORDER BY id", String.class,
                delivery.get("id"));
    }

    private Map<String, Object> sms(String eventId) {
        return deliveries(eventId).stream().filter(d -> "SMS".equals(d.get("channel"))).findFirst().orElseThrow();
    }
}
