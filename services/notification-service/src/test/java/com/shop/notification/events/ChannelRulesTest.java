package com.shop.notification.events;

import com.shop.kafka.events.NotificationChannel;
import com.shop.notification.contacts.Contact;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelRulesTest {

    private static final Contact EVERYTHING = new Contact("u-1", "ada@example.com", "Ada", "+4915112345678", "device-1",
            EnumSet.allOf(NotificationChannel.class));

    @Test
    void anOrderConfirmationGoesOnEveryChannelTheUserChoseWithTheirAddressThere() {
        assertThat(ChannelRules.recipients(NoticeKind.ORDER_CONFIRMED, EVERYTHING)).containsExactly(
                new Recipient(NotificationChannel.EMAIL, "ada@example.com"),
                new Recipient(NotificationChannel.SMS, "+4915112345678"),
                new Recipient(NotificationChannel.PUSH, "device-1"));
    }

    @Test
    void aReceiptGoesByMailOnlyWhateverElseTheUserChose() {
        assertThat(ChannelRules.recipients(NoticeKind.PAYMENT_RECEIPT, EVERYTHING))
                .containsExactly(new Recipient(NotificationChannel.EMAIL, "ada@example.com"));
    }

    @Test
    void aChannelTheUserDidNotChooseOrHasNoAddressOnIsLeftOut() {
        Contact smsWithoutPhone = new Contact("u-2", "bo@example.com", "Bo", null, null,
                Set.of(NotificationChannel.SMS, NotificationChannel.PUSH));
        assertThat(ChannelRules.recipients(NoticeKind.ORDER_CONFIRMED, smsWithoutPhone)).isEmpty();
        Contact pushOnly = new Contact("u-3", "cy@example.com", "Cy", "+4915112345678", "device-3", Set.of(NotificationChannel.PUSH));
        assertThat(ChannelRules.recipients(NoticeKind.ORDER_CANCELLED, pushOnly))
                .containsExactly(new Recipient(NotificationChannel.PUSH, "device-3"));
    }
}
