package com.shop.routes.outbox;

import java.time.Instant;
import java.util.UUID;

/** One unsent outbox row as the relay reads it. */
record OutboxRow(long id, UUID eventId, String eventType, String topic, String key, String payload,
                 String correlationId, String traceparent, Instant occurredAt) {
}
