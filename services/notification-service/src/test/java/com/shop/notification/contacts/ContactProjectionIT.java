package com.shop.notification.contacts;

import com.shop.connectors.notification.sandbox.ReceivedMail;
import com.shop.kafka.events.NotificationChannel;
import com.shop.kafka.events.UserRegistered;
import com.shop.kafka.events.UserUpdated;
import com.shop.notification.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ContactProjectionIT extends NotificationIntegrationTest {

    @Test
    void aNewUserIsWelcomedByMail() {
        String userId = unique("dee-");
        UserRegistered user = registered(userId, NotificationChannel.EMAIL, NotificationChannel.SMS);

        ReceivedMail welcome = await().atMost(PATIENCE).until(() -> mailTo(user.email()), l -> !l.isEmpty()).get(0);
        assertThat(welcome.subject()).isEqualTo("Welcome to the shop, Ada " + userId);
        assertThat(welcome.body()).contains("your account is ready");
        assertThat(smsTo(user.phone())).as("the welcome goes by mail only").isEmpty();
    }

    @Test
    void aRegistrationOfLongAgoReadAgainIsKnownButNotWelcomed() {
        String userId = unique("old-");
        String oldAddress = userId + "@example.com";
        publish(userId, new UserRegistered(userId, oldAddress, "Ada " + userId, null, null, Set.of(NotificationChannel.EMAIL),
                Set.of("CUSTOMER"), Instant.now().minus(Duration.ofDays(400))));
        String newAddress = userId + "@new.example.com";
        publish(userId, new UserUpdated(userId, newAddress, "Ada " + userId, null, null, Set.of(NotificationChannel.EMAIL), Instant.now()));
        await().atMost(PATIENCE).until(() -> newAddress.equals(jdbc.queryForObject("SELECT email FROM contacts WHERE user_id = ?",
                String.class, userId)));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM deliveries WHERE user_id = ?", Integer.class, userId))
                .as("the registration, read before the update on the user's partition, planned no message").isZero();
        assertThat(mailTo(oldAddress)).isEmpty();
    }

    @Test
    void anOlderRecordOfAUserReadAgainAfterItsIdWasForgottenLeavesTheNewerContactData() {
        String userId = unique("ida-");
        UserRegistered registration = new UserRegistered(userId, userId + "@example.com", "Ida " + userId, null, null,
                Set.of(NotificationChannel.EMAIL), Set.of("CUSTOMER"), Instant.now().minus(Duration.ofDays(60)));
        String registrationId = publish(userId, registration);
        String newAddress = userId + "@new.example.com";
        publish(userId, new UserUpdated(userId, newAddress, "Ida " + userId, null, null, Set.of(NotificationChannel.EMAIL),
                Instant.now().minus(Duration.ofDays(50))));
        await().atMost(PATIENCE).until(() -> newAddress.equals(emailOf(userId)));

        jdbc.update("DELETE FROM processed_events WHERE event_id = ?", registrationId);
        publish(userId, registration, registrationId);
        await().atMost(PATIENCE).until(() -> jdbc.queryForObject("SELECT count(*) FROM processed_events WHERE event_id = ?",
                Integer.class, registrationId) == 1);

        assertThat(emailOf(userId)).as("the compacted topic read from its start again, after the purge forgot the registration")
                .isEqualTo(newAddress);
    }

    @Test
    void aUserWhoChangedTheirAddressGetsTheNextMessageAtTheNewOne() {
        String userId = unique("eve-");
        UserRegistered user = registered(userId, NotificationChannel.EMAIL);
        await().atMost(PATIENCE).until(() -> !mailTo(user.email()).isEmpty());
        String newAddress = userId + "@new.example.com";
        publish(userId, new UserUpdated(userId, newAddress, user.name(), null, null, Set.of(NotificationChannel.EMAIL), Instant.now()));
        await().atMost(PATIENCE).until(() -> newAddress.equals(jdbc.queryForObject("SELECT email FROM contacts WHERE user_id = ?",
                String.class, userId)));

        String order = unique("order-");
        publish(order, confirmed(order, userId));

        await().atMost(PATIENCE).until(() -> mailTo(newAddress).stream().anyMatch(m -> m.subject().contains(order)));
        assertThat(mailTo(user.email())).extracting(ReceivedMail::subject).noneMatch(subject -> subject.contains(order));
    }

    private String emailOf(String userId) {
        return jdbc.queryForObject("SELECT email FROM contacts WHERE user_id = ?", String.class, userId);
    }
}
