package com.shop.payment.processing;

import com.shop.payment.ledger.Payment;
import com.shop.payment.ledger.PaymentStatus;
import com.shop.payment.provider.ProviderReply.Verdict;
import com.shop.payment.provider.ProviderRequest;
import com.shop.payment.provider.ProviderRequest.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentRulesTest {

    @Test
    void aPendingAuthorizationIsAuthorizedOrDeclinedByTheProvider() {
        assertThat(PaymentRules.onReply(PaymentStatus.PENDING, Operation.AUTHORIZE, Verdict.APPROVED))
                .isEqualTo(new Decision(PaymentStatus.AUTHORIZED, Decision.Answer.AUTHORIZED, false));
        assertThat(PaymentRules.onReply(PaymentStatus.PENDING, Operation.AUTHORIZE, Verdict.DECLINED))
                .isEqualTo(new Decision(PaymentStatus.DECLINED, Decision.Answer.DECLINED, false));
    }

    @Test
    void aReSentAuthorizationGetsTheFirstAnswerOnceThereIsOne() {
        assertThat(PaymentRules.onAuthorizeAgain(PaymentStatus.PENDING).answer()).isEqualTo(Decision.Answer.NONE);
        assertThat(PaymentRules.onAuthorizeAgain(PaymentStatus.AUTHORIZED).answer()).isEqualTo(Decision.Answer.AUTHORIZED);
        assertThat(PaymentRules.onAuthorizeAgain(PaymentStatus.DECLINED).answer()).isEqualTo(Decision.Answer.DECLINED);
        assertThat(PaymentRules.onAuthorizeAgain(PaymentStatus.REFUNDED).answer()).isEqualTo(Decision.Answer.DECLINED);
    }

    @ParameterizedTest
    @EnumSource(PaymentStatus.class)
    void aReSentAuthorizationNeverChangesThePaymentNorAsksTheProvider(PaymentStatus status) {
        Decision decision = PaymentRules.onAuthorizeAgain(status);
        assertThat(decision.changes(status)).isFalse();
        assertThat(decision.providerWork()).isFalse();
    }

    @Test
    void aRefundOfAnAuthorizedPaymentAsksTheProviderOnceAndIsAnsweredAgainWhenDone() {
        assertThat(PaymentRules.onRefund(PaymentStatus.AUTHORIZED)).isEqualTo(Decision.askProvider(PaymentStatus.REFUND_PENDING));
        assertThat(PaymentRules.onRefund(PaymentStatus.REFUND_PENDING)).isEqualTo(Decision.stay(PaymentStatus.REFUND_PENDING));
        assertThat(PaymentRules.onRefund(PaymentStatus.REFUND_FAILED))
                .as("an operator's retry asks the provider again").isEqualTo(Decision.askProvider(PaymentStatus.REFUND_PENDING));
        assertThat(PaymentRules.onRefund(PaymentStatus.REFUNDED))
                .isEqualTo(Decision.answer(PaymentStatus.REFUNDED, Decision.Answer.REFUNDED));
        assertThat(PaymentRules.onReply(PaymentStatus.REFUND_PENDING, Operation.REFUND, Verdict.APPROVED))
                .isEqualTo(Decision.answer(PaymentStatus.REFUNDED, Decision.Answer.REFUNDED));
        assertThat(PaymentRules.onReply(PaymentStatus.REFUND_PENDING, Operation.REFUND, Verdict.DECLINED))
                .isEqualTo(Decision.moveTo(PaymentStatus.REFUND_FAILED));
    }

    @Test
    void aRefundOfAnUndecidedAuthorizationLooksUpWhatTheProviderTookAndGivesOnlyThatBack() {
        assertThat(PaymentRules.onRefund(PaymentStatus.PENDING)).isEqualTo(Decision.askProvider(PaymentStatus.CANCELLING));
        assertThat(PaymentRules.nextRequest(payment(PaymentStatus.CANCELLING)).map(ProviderRequest::operation))
                .contains(Operation.LOOKUP);
        assertThat(PaymentRules.onReply(PaymentStatus.CANCELLING, Operation.LOOKUP, Verdict.APPROVED))
                .isEqualTo(Decision.askProvider(PaymentStatus.REFUND_PENDING));
        assertThat(PaymentRules.onReply(PaymentStatus.CANCELLING, Operation.LOOKUP, Verdict.NOT_FOUND))
                .isEqualTo(Decision.answer(PaymentStatus.CANCELLED, Decision.Answer.DECLINED));
    }

    @Test
    void anApprovalArrivingAfterTheCancellationIsGivenBack() {
        assertThat(PaymentRules.onReply(PaymentStatus.CANCELLED, Operation.AUTHORIZE, Verdict.APPROVED))
                .isEqualTo(Decision.askProvider(PaymentStatus.REFUND_PENDING));
        assertThat(PaymentRules.onReply(PaymentStatus.CANCELLED, Operation.AUTHORIZE, Verdict.DECLINED))
                .isEqualTo(Decision.stay(PaymentStatus.CANCELLED));
    }

    @Test
    void aReplyThePaymentHasMovedPastChangesNothing() {
        assertThat(unchangedBy(PaymentStatus.AUTHORIZED, Operation.AUTHORIZE, Verdict.APPROVED)).isTrue();
        assertThat(unchangedBy(PaymentStatus.DECLINED, Operation.AUTHORIZE, Verdict.APPROVED)).isTrue();
        assertThat(unchangedBy(PaymentStatus.PENDING, Operation.REFUND, Verdict.APPROVED)).isTrue();
        assertThat(unchangedBy(PaymentStatus.REFUNDED, Operation.REFUND, Verdict.DECLINED)).isTrue();
    }

    @Test
    void onlyWaitingPaymentsAskTheProviderAndTheRefundUsesItsOwnKeyAndTheCharge() {
        for (PaymentStatus status : PaymentStatus.values()) {
            assertThat(PaymentRules.nextRequest(payment(status)).isPresent()).as(status.name())
                    .isEqualTo(status.awaitsProvider());
        }
        ProviderRequest refund = PaymentRules.nextRequest(payment(PaymentStatus.REFUND_PENDING)).orElseThrow();
        assertThat(refund.idempotencyKey()).isEqualTo("order-1:refund");
        assertThat(refund.chargeReference()).isEqualTo("ch_1");
        assertThat(refund.amount()).isEqualByComparingTo("4.00");
        assertThat(PaymentRules.nextRequest(payment(PaymentStatus.PENDING)).orElseThrow().idempotencyKey()).isEqualTo("order-1");
    }

    @Test
    void aPaymentIsDueOnceItsLeaseOrWaitIsOverAndOnlyWhileItAwaitsTheProvider() {
        Payment pending = payment(PaymentStatus.PENDING);
        assertThat(PaymentRules.due(pending, pending.nextAttemptAt().minusMillis(1))).as("still held").isFalse();
        assertThat(PaymentRules.due(pending, pending.nextAttemptAt())).isTrue();
        assertThat(PaymentRules.due(payment(PaymentStatus.REFUND_PENDING), pending.nextAttemptAt().plusSeconds(1))).isTrue();
        assertThat(PaymentRules.due(payment(PaymentStatus.AUTHORIZED), pending.nextAttemptAt().plusSeconds(1))).isFalse();
    }

    private static boolean unchangedBy(PaymentStatus status, Operation operation, Verdict verdict) {
        return !PaymentRules.onReply(status, operation, verdict).changes(status);
    }

    private static Payment payment(PaymentStatus status) {
        Instant now = Instant.parse("2026-11-21T10:00:00Z");
        return new Payment(UUID.randomUUID(), "order-1", "customer-1", new BigDecimal("10.00"), "EUR", "tok_visa", status, "ch_1",
                null, new BigDecimal("4.00"), "cancelled", 0, null, now, now, now);
    }
}
