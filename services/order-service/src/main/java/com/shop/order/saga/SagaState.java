package com.shop.order.saga;

import com.shop.order.store.OrderStatus;

/**
 * The step an order's saga is at. A step that waits for an answer has a deadline; the final states
 * ({@link #CONFIRMED} can still be cancelled by its customer) do not.
 */
public enum SagaState {
    /** Accepted while the catalogue could not be asked for prices; asking again until it answers. */
    PRICING(OrderStatus.PENDING, "catalogue prices"),
    /** ReserveStock sent; waiting for StockReserved or StockRejected. */
    RESERVING_STOCK(OrderStatus.PENDING, "ReserveStock"),
    /** AuthorizePayment sent; waiting for PaymentAuthorized or PaymentDeclined. */
    AUTHORIZING_PAYMENT(OrderStatus.PENDING, "AuthorizePayment"),
    CONFIRMED(OrderStatus.CONFIRMED, null),
    /** Compensating: ReleaseStock sent; waiting for StockReleased. */
    RELEASING_STOCK(OrderStatus.CANCELLING, "ReleaseStock"),
    /** Compensating: RefundPayment sent (and ReleaseStock unless the stock is back); waiting for the answers. */
    REFUNDING(OrderStatus.CANCELLING, "RefundPayment"),
    CANCELLED(OrderStatus.CANCELLED, null),
    /** A compensation got no answer after every attempt: an operator retries or aborts it. */
    FAILED(OrderStatus.FAILED, null);

    private final OrderStatus status;
    private final String awaited;

    SagaState(OrderStatus status, String awaited) {
        this.status = status;
        this.awaited = awaited;
    }

    public OrderStatus status() {
        return status;
    }

    /** True while the saga waits for an answer, so the step has a deadline. */
    public boolean awaitsAnswer() {
        return awaited != null;
    }

    /** What the step waits for, for reasons in the status history. */
    String awaited() {
        return awaited;
    }
}
