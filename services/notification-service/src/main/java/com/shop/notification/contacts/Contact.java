package com.shop.notification.contacts;

import com.shop.kafka.events.NotificationChannel;

import java.util.Set;

/** How to reach a user, as the user events last said: addresses per channel and the channels they chose. */
public record Contact(String userId, String email, String name, String phone, String pushToken, Set<NotificationChannel> channels) {

    public Contact {
        channels = Set.copyOf(channels);
    }

    /** A customer known only by the address a partner's order named: mailed there, under that address. */
    public static Contact emailOnly(String address) {
        return new Contact(address, address, address, null, null, Set.of(NotificationChannel.EMAIL));
    }

    /** The user's address on {@code channel}; null when they gave none. */
    public String addressOn(NotificationChannel channel) {
        return switch (channel) {
            case EMAIL -> email;
            case SMS -> phone;
            case PUSH -> pushToken;
        };
    }
}
