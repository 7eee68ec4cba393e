package com.shop.notification.delivery;

import com.shop.kafka.events.NotificationChannel;

import java.time.Instant;
import java.util.UUID;

/**
 * One rendered message of one event on one channel, and where it stands: pending (with the attempts so far and
 * when it is tried next), sent (with the provider's reference) or failed for good.
 */
public record Delivery(UUID id, String eventId, String eventType, NotificationChannel channel, String userId, String recipient,
                       String subject, String shortText, String body, Status status, int attempts, String lastError,
                       String providerReference, Instant nextAttemptAt, Instant createdAt, Instant sentAt) {

    public enum Status { PENDING, SENT, FAILED }
}
