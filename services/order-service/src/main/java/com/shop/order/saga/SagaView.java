package com.shop.order.saga;

import com.shop.order.store.OrderStatus;

import java.time.Instant;

/** A saga as operators see it. */
public record SagaView(String orderId, SagaState state, OrderStatus status, int attempts, Instant stepStartedAt,
                       Instant deadline, SagaState failedStep, CancelCause cause, String reason, String failure,
                       Instant updatedAt) {

    static SagaView of(SagaRecord record) {
        Saga saga = record.saga();
        return new SagaView(record.orderId(), saga.state(), saga.state().status(), saga.attempts(), record.stepStartedAt(),
                record.deadline(), saga.failedStep(), saga.cause(), saga.reason(), saga.failure(), record.updatedAt());
    }
}
