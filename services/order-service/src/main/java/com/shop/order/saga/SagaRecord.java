package com.shop.order.saga;

import java.time.Instant;

/** A stored saga: its state, when its current step started, until when an answer is awaited, and when it last changed. */
record SagaRecord(String orderId, Saga saga, Instant stepStartedAt, Instant deadline, Instant updatedAt) {
}
