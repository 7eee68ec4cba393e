package com.shop.order.saga;

/** What can happen to a saga: an answer from a participant, a deadline, or a person's decision. */
public sealed interface SagaInput {

    /** The catalogue priced every line; {@code payable} is false when the total is zero. */
    record Priced(boolean payable) implements SagaInput {
    }

    /** The catalogue answered but the order cannot be priced (an unknown or withdrawn product). */
    record PricingRefused(String reason) implements SagaInput {
    }

    record StockReserved() implements SagaInput {
    }

    record StockRejected(String reason) implements SagaInput {
    }

    record StockReleased(String reason) implements SagaInput {
    }

    record PaymentAuthorized() implements SagaInput {
    }

    record PaymentDeclined(String reason) implements SagaInput {
    }

    record PaymentRefunded() implements SagaInput {
    }

    record CustomerCancelled() implements SagaInput {
    }

    /** The current step's deadline passed without an answer. */
    record StepOverdue() implements SagaInput {
    }

    record OperatorRetried() implements SagaInput {
    }

    record OperatorAborted() implements SagaInput {
    }
}
