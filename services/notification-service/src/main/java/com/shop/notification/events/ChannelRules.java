package com.shop.notification.events;

import com.shop.kafka.events.NotificationChannel;
import com.shop.notification.contacts.Contact;

import java.util.Arrays;
import java.util.List;

/** Picks where a customer's message goes: the channels the message may use that the user chose and gave an address for. */
public final class ChannelRules {

    private ChannelRules() {
    }

    public static List<Recipient> recipients(NoticeKind kind, Contact contact) {
        return Arrays.stream(NotificationChannel.values())
                .filter(kind.channels()::contains)
                .filter(contact.channels()::contains)
                .filter(channel -> hasText(contact.addressOn(channel)))
                .map(channel -> new Recipient(channel, contact.addressOn(channel)))
                .toList();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
