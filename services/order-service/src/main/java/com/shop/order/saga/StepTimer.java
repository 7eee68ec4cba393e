package com.shop.order.saga;

import java.time.Duration;
import java.time.Instant;

/** What a transition does to the step's deadline. */
public enum StepTimer {
    /** A new step (or a step started over by an operator): its clock starts now. */
    START,
    /** The step's command was sent again: a new deadline, the step's start unchanged. */
    RESTART,
    /** Nothing was sent: the deadline stays. */
    KEEP,
    /** The step is to be tried on the next deadline scan (an operator's retry of pricing). */
    DUE_NOW;

    /** The deadline of a saga now at {@code state}; null when the state waits for nothing. */
    public Instant deadline(SagaState state, Instant now, Instant current, Duration stepTimeout) {
        if (!state.awaitsAnswer()) {
            return null;
        }
        return switch (this) {
            case START, RESTART -> now.plus(stepTimeout);
            case KEEP -> current == null ? now.plus(stepTimeout) : current;
            case DUE_NOW -> now;
        };
    }

    /** When the step at {@code state} started. */
    public Instant stepStart(Instant now, Instant current) {
        return this == START || current == null ? now : current;
    }
}
