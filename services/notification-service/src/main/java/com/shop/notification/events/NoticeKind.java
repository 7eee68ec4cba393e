package com.shop.notification.events;

import com.shop.kafka.events.NotificationChannel;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a message tells, with its template and the channels it may go out on. */
public enum NoticeKind {
    WELCOME(EnumSet.of(NotificationChannel.EMAIL)),
    ORDER_CONFIRMED(EnumSet.allOf(NotificationChannel.class)),
    ORDER_CANCELLED(EnumSet.allOf(NotificationChannel.class)),
    PAYMENT_RECEIPT(EnumSet.of(NotificationChannel.EMAIL)),
    PAYMENT_REFUNDED(EnumSet.of(NotificationChannel.EMAIL, NotificationChannel.PUSH)),
    LOW_STOCK(EnumSet.of(NotificationChannel.EMAIL));

    private final Set<NotificationChannel> channels;

    NoticeKind(Set<NotificationChannel> channels) {
        this.channels = Set.copyOf(channels);
    }

    public Set<NotificationChannel> channels() {
        return channels;
    }

    /** The FreeMarker template under {@code templates/}, e.g. {@code order-confirmed}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
