package com.shop.payment.processing;

import com.shop.payment.ledger.PaymentStatus;

/**
 * What a command or a provider reply does to a payment: its next status, which event answers the order
 * saga, and whether the provider must be asked something now.
 */
record Decision(PaymentStatus next, Answer answer, boolean providerWork) {

    /** The event that answers the saga. */
    enum Answer { NONE, AUTHORIZED, DECLINED, REFUNDED }

    static Decision stay(PaymentStatus status) {
        return new Decision(status, Answer.NONE, false);
    }

    static Decision moveTo(PaymentStatus next) {
        return new Decision(next, Answer.NONE, false);
    }

    static Decision answer(PaymentStatus status, Answer answer) {
        return new Decision(status, answer, false);
    }

    static Decision askProvider(PaymentStatus next) {
        return new Decision(next, Answer.NONE, true);
    }

    boolean changes(PaymentStatus current) {
        return next != current;
    }
}
