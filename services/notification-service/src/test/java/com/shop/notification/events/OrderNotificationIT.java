package com.shop.notification.events;

import com.shop.connectors.notification.sandbox.ReceivedMail;
import com.shop.connectors.notification.sandbox.ReceivedText;
import com.shop.kafka.events.NotificationChannel;
import com.shop.kafka.events.OrderCancelled;
import com.shop.kafka.events.OrderConfirmed;
import com.shop.kafka.events.UserRegistered;
import com.shop.notification.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OrderNotificationIT extends NotificationIntegrationTest {

    @Test
    void aConfirmedOrderIsMailedOnceWithItsLinesAndTotalAndTextedAndPushedAsTheUserChose() {
        String customer = unique("ada-");
        UserRegistered user = registered(customer, NotificationChannel.EMAIL, NotificationChannel.SMS, NotificationChannel.PUSH);
        String order = unique("order-");
        String eventId = publish(order, confirmed(order, customer));

        ReceivedMail mail = await().atMost(PATIENCE).until(() -> mailTo(user.email()).stream()
                .filter(m -> m.subject().contains(order)).toList(), l -> !l.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("Your order " + order + " is confirmed");
        assertThat(mail.from()).isEqualTo("shop@shop.example");
        assertThat(mail.body()).contains("Hello Ada " + customer, "2 x SKU-MUG at 12.50 EUR = 25.00 EUR",
                "1 x SKU-TEA at 34.90 EUR = 34.90 EUR", "Total: 59.90 EUR");
        ReceivedText sms = await().atMost(PATIENCE).until(() -> smsTo(user.phone()), l -> !l.isEmpty()).get(0);
        assertThat(sms.text()).isEqualTo("Order " + order + " is confirmed: 59.90 EUR.");
        ReceivedText push = await().atMost(PATIENCE).until(() -> pushTo(user.pushToken()), l -> !l.isEmpty()).get(0);
        assertThat(push.title()).isEqualTo("Your order " + order + " is confirmed");

        await().atMost(PATIENCE).until(() -> notificationEvents(eventId, "com.shop.notification.NotificationSent").size() == 3);
        assertThat(deliveries(eventId)).extracting(d -> d.get("channel") + " " + d.get("status"))
                .containsExactly("EMAIL SENT", "PUSH SENT", "SMS SENT");
        assertThat(mailTo(user.email()).stream().filter(m -> m.subject().contains(order))).hasSize(1);
    }

    @Test
    void anOrderOfAUserWhoseContactDataHasNotArrivedIsRememberedAndMailedOnceItArrives() {
        String customer = unique("late-");
        String order = unique("order-");
        publish(order, confirmed(order, customer));

        await().atMost(PATIENCE).until(() -> jdbc.queryForList("SELECT customer_id FROM order_customers WHERE order_id = ?",
                String.class, order), customers -> customers.equals(List.of(customer)));
        UserRegistered user = registered(customer, NotificationChannel.EMAIL);
        await().atMost(PATIENCE).until(() -> mailTo(user.email()).stream().anyMatch(m -> m.subject().contains(order)));
    }

    @Test
    void aCustomerAPartnerNamedOnlyByAnAddressIsMailedThere() {
        String address = unique("partner-") + "@example.org";
        String order = unique("order-");
        publish(order, confirmed(order, address));

        ReceivedMail mail = await().atMost(PATIENCE).until(() -> mailTo(address).stream()
                .filter(m -> m.subject().contains(order)).toList(), l -> !l.isEmpty()).get(0);
        assertThat(mail.subject()).isEqualTo("Your order " + order + " is confirmed");
    }

    @Test
    void aRegisteredUserAPartnerNamedByTheirAddressIsReachedAsThatUser() {
        String customer = unique("eve-");
        UserRegistered user = registered(customer, NotificationChannel.EMAIL);
        String order = unique("order-");
        publish(order, confirmed(order, user.email().toUpperCase()));

        ReceivedMail mail = await().atMost(PATIENCE).until(() -> mailTo(user.email()).stream()
                .filter(m -> m.subject().contains(order)).toList(), l -> !l.isEmpty()).get(0);
        assertThat(mail.body()).contains("Hello Ada " + customer);
    }

    @Test
    void theSameEventDeliveredTwiceSendsNothingTwice() {
        String customer = unique("bo-");
        UserRegistered user = registered(customer, NotificationChannel.EMAIL, NotificationChannel.SMS);
        String order = unique("order-");
        OrderConfirmed event = confirmed(order, customer);
        String eventId = UUID.randomUUID().toString();
        publish(order, event, eventId);
        publish(order, event, eventId);
        publish(order, new OrderCancelled(order, customer, "customer changed their mind", Instant.now(), true));

        await().atMost(PATIENCE).until(() -> mailTo(user.email()).stream().anyMatch(m -> m.subject().contains("was cancelled")));
        ReceivedMail cancellation = mailTo(user.email()).stream().filter(m -> m.subject().contains("was cancelled")).findFirst().orElseThrow();
        assertThat(cancellation.body()).contains("was cancelled: customer changed their mind", "The payment taken for it is refunded.");
        await().atMost(PATIENCE).until(() -> smsTo(user.phone()).size() == 2);
        assertThat(mailTo(user.email()).stream().filter(m -> m.subject().equals("Your order " + order + " is confirmed"))).hasSize(1);
        assertThat(smsTo(user.phone())).extracting(ReceivedText::text).containsExactlyInAnyOrder(
                "Order " + order + " is confirmed: 59.90 EUR.", "Order " + order + " was cancelled: customer changed their mind.");
        assertThat(deliveries(eventId)).hasSize(2);
    }

    @Test
    void aCustomerWhoChoseOnlyEmailGetsNoTextNorPush() {
        String customer = unique("cy-");
        UserRegistered user = registered(customer, NotificationChannel.EMAIL);
        String order = unique("order-");
        String eventId = publish(order, confirmed(order, customer));

        await().atMost(PATIENCE).until(() -> mailTo(user.email()).stream().anyMatch(m -> m.subject().contains(order)));
        assertThat(deliveries(eventId)).extracting(d -> d.get("channel")).containsExactly("EMAIL");
        assertThat(smsTo(user.phone())).isEmpty();
        assertThat(pushTo(user.pushToken())).isEmpty();
    }
}
