package com.shop.kafka.events;

/** A notification could not be sent; {@code permanent} means retrying will not help (bad address, opt-out). */
public record NotificationFailed(String notificationId, NotificationChannel channel, String eventId, String reason,
                                 boolean permanent) {
}
