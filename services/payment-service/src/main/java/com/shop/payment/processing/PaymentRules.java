package com.shop.payment.processing;

import com.shop.payment.ledger.Payment;
import com.shop.payment.ledger.PaymentStatus;
import com.shop.payment.provider.ProviderReply.Verdict;
import com.shop.payment.provider.ProviderRequest;
import com.shop.payment.provider.ProviderRequest.Operation;

import java.time.Instant;
import java.util.Optional;

/**
 * The state rules of a payment, free of storage. Money is the invariant: a charge the provider approved is
 * either the order's payment or given back, and a re-sent command gets the answer the first one got.
 */
final class PaymentRules {

    private PaymentRules() {
    }

    /** What the provider must be asked next for the payment, if anything. */
    static Optional<ProviderRequest> nextRequest(Payment p) {
        return switch (p.status()) {
            case PENDING -> Optional.of(new ProviderRequest(Operation.AUTHORIZE, p.id(), p.orderId(), p.authorizationKey(),
                    null, p.amount(), p.currency(), p.paymentMethod()));
            case CANCELLING -> Optional.of(new ProviderRequest(Operation.LOOKUP, p.id(), p.orderId(), p.authorizationKey(),
                    null, p.amount(), p.currency(), p.paymentMethod()));
            case REFUND_PENDING -> Optional.of(new ProviderRequest(Operation.REFUND, p.id(), p.orderId(), p.refundKey(),
                    p.providerReference(), p.refundAmount(), p.currency(), p.paymentMethod()));
            case AUTHORIZED, DECLINED, CANCELLED, REFUNDED, REFUND_FAILED -> Optional.empty();
        };
    }

    /**
     * True when the payment's next step with the provider may be taken up now: it waits for the provider and no
     * attempt holds it, because the last one failed and its wait is over, or died with its process and its lease ended.
     */
    static boolean due(Payment p, Instant now) {
        return p.status().awaitsProvider() && p.nextAttemptAt() != null && !p.nextAttemptAt().isAfter(now);
    }

    /** An authorization asked again for an order that has a payment: the first answer again, once there is one. */
    static Decision onAuthorizeAgain(PaymentStatus status) {
        return switch (status) {
            case PENDING, CANCELLING -> Decision.stay(status);
            case AUTHORIZED -> Decision.answer(status, Decision.Answer.AUTHORIZED);
            case DECLINED, CANCELLED, REFUND_PENDING, REFUNDED, REFUND_FAILED -> Decision.answer(status, Decision.Answer.DECLINED);
        };
    }

    /**
     * A refund asked for the order's payment. An undecided authorization is cancelled: the provider is asked
     * what it took under the key, and only that is given back. A refund the provider refused is asked for
     * again when the saga's operator retries it.
     */
    static Decision onRefund(PaymentStatus status) {
        return switch (status) {
            case PENDING -> Decision.askProvider(PaymentStatus.CANCELLING);
            case AUTHORIZED, REFUND_FAILED -> Decision.askProvider(PaymentStatus.REFUND_PENDING);
            case CANCELLING, REFUND_PENDING -> Decision.stay(status);
            case REFUNDED -> Decision.answer(status, Decision.Answer.REFUNDED);
            case DECLINED, CANCELLED -> Decision.answer(status, Decision.Answer.DECLINED);
        };
    }

    /**
     * The provider's reply to {@code operation}. A reply the payment has moved past changes nothing, except an
     * approved authorization after a cancellation: that money is given back.
     */
    static Decision onReply(PaymentStatus status, Operation operation, Verdict verdict) {
        boolean approved = verdict == Verdict.APPROVED;
        return switch (status) {
            case PENDING -> operation != Operation.AUTHORIZE || verdict == Verdict.NOT_FOUND ? Decision.stay(status)
                    : approved ? Decision.answer(PaymentStatus.AUTHORIZED, Decision.Answer.AUTHORIZED)
                    : Decision.answer(PaymentStatus.DECLINED, Decision.Answer.DECLINED);
            case CANCELLING -> operation == Operation.REFUND ? Decision.stay(status)
                    : approved ? Decision.askProvider(PaymentStatus.REFUND_PENDING)
                    : Decision.answer(PaymentStatus.CANCELLED, Decision.Answer.DECLINED);
            case CANCELLED -> operation == Operation.AUTHORIZE && approved
                    ? Decision.askProvider(PaymentStatus.REFUND_PENDING) : Decision.stay(status);
            case REFUND_PENDING -> operation != Operation.REFUND || verdict == Verdict.NOT_FOUND ? Decision.stay(status)
                    : approved ? Decision.answer(PaymentStatus.REFUNDED, Decision.Answer.REFUNDED)
                    : Decision.moveTo(PaymentStatus.REFUND_FAILED);
            case AUTHORIZED, DECLINED, REFUNDED, REFUND_FAILED -> Decision.stay(status);
        };
    }
}
