package com.shop.order.saga;

/** What a transition asks the world to do: a command to a participant or an event about the order. */
public sealed interface SagaAction {

    record ReserveStock() implements SagaAction {
    }

    record AuthorizePayment() implements SagaAction {
    }

    record ReleaseStock(String reason) implements SagaAction {
    }

    record RefundPayment(String reason) implements SagaAction {
    }

    record AnnouncePlaced() implements SagaAction {
    }

    record AnnounceConfirmed() implements SagaAction {
    }

    record AnnounceCancelled(String reason, boolean refunded) implements SagaAction {
    }
}
