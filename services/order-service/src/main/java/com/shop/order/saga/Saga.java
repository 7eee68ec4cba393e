package com.shop.order.saga;

import java.util.Objects;

/**
 * The state of one order's saga, free of storage: the step it is at and how often that step's command
 * was sent, whether there is anything to pay, what the compensation has achieved so far, why the order
 * is being cancelled ({@code cause} and {@code reason}) and, when {@code FAILED}, which step failed and why.
 */
public record Saga(SagaState state, int attempts, boolean payable, boolean stockReleased, boolean refunded,
                   SagaState failedStep, CancelCause cause, String reason, String failure) {

    public Saga {
        Objects.requireNonNull(state, "state");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative");
        }
    }

    /** A saga that starts at {@code state} with its first attempt. */
    public static Saga startingAt(SagaState state, boolean payable) {
        return new Saga(state, 1, payable, false, false, null, null, null, null);
    }

    Saga step(SagaState next) {
        return new Saga(next, 1, payable, stockReleased, refunded, null, cause, reason, null);
    }

    Saga again() {
        return new Saga(state, attempts + 1, payable, stockReleased, refunded, failedStep, cause, reason, failure);
    }

    /** Heading for {@code next} because of {@code why}: a compensation or the end of the order. */
    Saga towards(SagaState next, CancelCause why, String text) {
        return new Saga(next, 1, payable, stockReleased, refunded, null, why, text, null);
    }

    Saga failed(String why) {
        return new Saga(SagaState.FAILED, attempts, payable, stockReleased, refunded, state, cause, reason, why);
    }

    Saga withStockReleased() {
        return new Saga(state, attempts, payable, true, refunded, failedStep, cause, reason, failure);
    }

    Saga withRefund(boolean moneyReturned) {
        return new Saga(state, attempts, payable, stockReleased, moneyReturned, failedStep, cause, reason, failure);
    }

    Saga at(SagaState step) {
        return new Saga(step, attempts, payable, stockReleased, refunded, null, cause, reason, null);
    }
}
