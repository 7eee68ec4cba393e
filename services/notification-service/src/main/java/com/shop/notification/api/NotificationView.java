package com.shop.notification.api;

import com.shop.kafka.events.NotificationChannel;
import com.shop.notification.delivery.Delivery;

import java.time.Instant;
import java.util.UUID;

/** A message as the API shows it: what it said, to whom, on which channel, and where its delivery stands. */
public record NotificationView(UUID id, String eventId, String eventType, NotificationChannel channel, String userId,
                               String recipient, String subject, Delivery.Status status, int attempts, String lastError,
                               Instant nextAttemptAt, Instant createdAt, Instant sentAt) {

    static NotificationView of(Delivery d) {
        return new NotificationView(d.id(), d.eventId(), d.eventType(), d.channel(), d.userId(), d.recipient(), d.subject(),
                d.status(), d.attempts(), d.lastError(), d.status() == Delivery.Status.PENDING ? d.nextAttemptAt() : null,
                d.createdAt(), d.sentAt());
    }
}
