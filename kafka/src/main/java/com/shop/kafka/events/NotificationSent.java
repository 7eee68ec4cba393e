package com.shop.kafka.events;

import java.time.Instant;

/** A notification went out; {@code eventId} is the {@code ce_id} of the event that caused it. */
public record NotificationSent(String notificationId, NotificationChannel channel, String recipient, String eventId,
                               Instant sentAt) {
}
