package com.shop.payment.ledger;

/** Where a payment stands; the rules that move it are in {@code processing.PaymentRules}. */
public enum PaymentStatus {
    /** The authorization waits for the provider's decision. */
    PENDING,
    /** The order was cancelled while the authorization was undecided: whatever the provider took goes back. */
    CANCELLING,
    AUTHORIZED,
    DECLINED,
    /** Cancelled before the provider charged anything: nothing was taken. */
    CANCELLED,
    /** The refund waits for the provider. */
    REFUND_PENDING,
    REFUNDED,
    /** The provider refused the refund for good: operators must settle it. */
    REFUND_FAILED;

    /** True while the provider still has to be asked something. */
    public boolean awaitsProvider() {
        return this == PENDING || this == CANCELLING || this == REFUND_PENDING;
    }
}
