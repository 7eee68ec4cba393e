package com.shop.order.saga;

import com.shop.order.saga.Decision.Move;
import com.shop.order.saga.Decision.Refuse;
import com.shop.order.saga.Decision.Stay;
import com.shop.order.saga.SagaAction.AnnounceCancelled;
import com.shop.order.saga.SagaAction.AnnounceConfirmed;
import com.shop.order.saga.SagaAction.AnnouncePlaced;
import com.shop.order.saga.SagaAction.AuthorizePayment;
import com.shop.order.saga.SagaAction.RefundPayment;
import com.shop.order.saga.SagaAction.ReleaseStock;
import com.shop.order.saga.SagaAction.ReserveStock;
import com.shop.order.saga.SagaInput.CustomerCancelled;
import com.shop.order.saga.SagaInput.OperatorAborted;
import com.shop.order.saga.SagaInput.OperatorRetried;
import com.shop.order.saga.SagaInput.PaymentAuthorized;
import com.shop.order.saga.SagaInput.PaymentDeclined;
import com.shop.order.saga.SagaInput.PaymentRefunded;
import com.shop.order.saga.SagaInput.Priced;
import com.shop.order.saga.SagaInput.PricingRefused;
import com.shop.order.saga.SagaInput.StepOverdue;
import com.shop.order.saga.SagaInput.StockRejected;
import com.shop.order.saga.SagaInput.StockReleased;
import com.shop.order.saga.SagaInput.StockReserved;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static com.shop.order.saga.SagaState.AUTHORIZING_PAYMENT;
import static com.shop.order.saga.SagaState.CANCELLED;
import static com.shop.order.saga.SagaState.CONFIRMED;
import static com.shop.order.saga.SagaState.FAILED;
import static com.shop.order.saga.SagaState.PRICING;
import static com.shop.order.saga.SagaState.REFUNDING;
import static com.shop.order.saga.SagaState.RELEASING_STOCK;
import static com.shop.order.saga.SagaState.RESERVING_STOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderSagaTest {

    private static final int MAX_ATTEMPTS = 3;
    private final OrderSaga saga = new OrderSaga(MAX_ATTEMPTS);

    @Nested
    class Starting {

        @Test
        void aPricedOrderIsAnnouncedAndReservesItsStock() {
            Move start = saga.start(true);
            assertThat(start.next()).isEqualTo(Saga.startingAt(RESERVING_STOCK, true));
            assertThat(start.actions()).containsExactly(new AnnouncePlaced(), new ReserveStock());
            assertThat(start.timer()).isEqualTo(StepTimer.START);
        }

        @Test
        void anUnpricedOrderWaitsForTheCatalogueAndSendsNothing() {
            Move start = saga.startUnpriced("the catalogue did not answer");
            assertThat(start.next().state()).isEqualTo(PRICING);
            assertThat(start.reason()).contains("the catalogue did not answer");
            assertThat(start.actions()).isEmpty();
        }

        @Test
        void pricingLaterAnnouncesTheOrderAndReservesItsStock() {
            Move priced = move(at(PRICING), new Priced(false));
            assertThat(priced.next()).isEqualTo(Saga.startingAt(RESERVING_STOCK, false));
            assertThat(priced.actions()).containsExactly(new AnnouncePlaced(), new ReserveStock());
        }

        @Test
        void anOrderTheCatalogueCannotPriceIsCancelledWithTheCatalogueReason() {
            Move refused = move(at(PRICING), new PricingRefused("no product with sku GONE-1"));
            assertCancelled(refused, CancelCause.PRICING, "no product with sku GONE-1", false);
        }

        @Test
        void aStepNeedsAtLeastOneAttempt() {
            assertThatThrownBy(() -> new OrderSaga(0)).hasMessageContaining("at least one attempt");
        }
    }

    @Nested
    class HappyPath {

        @Test
        void reservedStockIsPaidFor() {
            Move reserved = move(at(RESERVING_STOCK), new StockReserved());
            assertThat(reserved.next().state()).isEqualTo(AUTHORIZING_PAYMENT);
            assertThat(reserved.next().attempts()).isEqualTo(1);
            assertThat(reserved.actions()).containsExactly(new AuthorizePayment());
        }

        @Test
        void anAuthorizedPaymentConfirmsTheOrder() {
            Move authorized = move(at(AUTHORIZING_PAYMENT), new PaymentAuthorized());
            assertThat(authorized.next().state()).isEqualTo(CONFIRMED);
            assertThat(authorized.actions()).containsExactly(new AnnounceConfirmed());
            assertThat(authorized.next().state().awaitsAnswer()).isFalse();
        }

        @Test
        void anOrderWithNothingToPayIsConfirmedOnceItsStockIsReserved() {
            Move reserved = move(Saga.startingAt(RESERVING_STOCK, false), new StockReserved());
            assertThat(reserved.next().state()).isEqualTo(CONFIRMED);
            assertThat(reserved.actions()).containsExactly(new AnnounceConfirmed());
        }
    }

    @Nested
    class Compensations {

        @Test
        void rejectedStockCancelsTheOrderWithoutPayment() {
            assertCancelled(move(at(RESERVING_STOCK), new StockRejected("out of stock: LAMP-1")),
                    CancelCause.OUT_OF_STOCK, "out of stock: LAMP-1", false);
        }

        @Test
        void aDeclinedPaymentReleasesTheStockAndCancelsOnceItIsBack() {
            Move declined = move(at(AUTHORIZING_PAYMENT), new PaymentDeclined("card expired"));
            assertThat(declined.next().state()).isEqualTo(RELEASING_STOCK);
            assertThat(declined.next().cause()).isEqualTo(CancelCause.PAYMENT_DECLINED);
            assertThat(declined.actions()).containsExactly(new ReleaseStock("payment declined: card expired"));

            assertCancelled(move(declined.next(), new StockReleased("payment declined: card expired")),
                    CancelCause.PAYMENT_DECLINED, "payment declined: card expired", false);
        }

        @Test
        void cancellingAConfirmedOrderRefundsAndReleasesThenCancelsWhenBothAreAnswered() {
            Move cancel = move(at(CONFIRMED), new CustomerCancelled());
            assertThat(cancel.next().state()).isEqualTo(REFUNDING);
            assertThat(cancel.actions()).containsExactly(new RefundPayment("cancelled by the customer"),
                    new ReleaseStock("cancelled by the customer"));

            Move released = move(cancel.next(), new StockReleased("cancelled by the customer"));
            assertThat(released.next().state()).isEqualTo(REFUNDING);
            assertThat(released.next().stockReleased()).isTrue();
            assertThat(released.timer()).isEqualTo(StepTimer.KEEP);

            assertCancelled(move(released.next(), new PaymentRefunded()), CancelCause.CUSTOMER, "cancelled by the customer", true);
        }

        @Test
        void aRefundAnsweredBeforeTheStockWaitsForTheStock() {
            Saga refunding = move(at(CONFIRMED), new CustomerCancelled()).next();
            Move refunded = move(refunding, new PaymentRefunded());
            assertThat(refunded.next().state()).isEqualTo(RELEASING_STOCK);
            assertThat(refunded.next().refunded()).isTrue();

            assertCancelled(move(refunded.next(), new StockReleased("cancelled by the customer")),
                    CancelCause.CUSTOMER, "cancelled by the customer", true);
        }

        @Test
        void cancellingAConfirmedOrderWithNothingPaidOnlyReleasesTheStock() {
            Move cancel = move(new Saga(CONFIRMED, 1, false, false, false, null, null, null, null), new CustomerCancelled());
            assertThat(cancel.next().state()).isEqualTo(RELEASING_STOCK);
            assertThat(cancel.actions()).containsExactly(new ReleaseStock("cancelled by the customer"));
        }

        @Test
        void cancellingWhileStockIsReservedReleasesIt() {
            Move cancel = move(at(RESERVING_STOCK), new CustomerCancelled());
            assertThat(cancel.next().state()).isEqualTo(RELEASING_STOCK);
            assertThat(cancel.actions()).containsExactly(new ReleaseStock("cancelled by the customer"));
        }

        @Test
        void cancellingWhileWaitingForPricesCancelsAtOnce() {
            assertCancelled(move(at(PRICING), new CustomerCancelled()), CancelCause.CUSTOMER, "cancelled by the customer", false);
        }

        @Test
        void cancellingWhileThePaymentIsBeingAuthorizedIsRefused() {
            assertThat(saga.decide(at(AUTHORIZING_PAYMENT), new CustomerCancelled())).isInstanceOf(Refuse.class);
        }

        @ParameterizedTest
        @EnumSource(value = SagaState.class, names = {"RELEASING_STOCK", "REFUNDING", "CANCELLED"})
        void cancellingAgainChangesNothing(SagaState state) {
            assertThat(saga.decide(at(state), new CustomerCancelled())).isInstanceOf(Stay.class);
        }

        @Test
        void aReservationLostWhileWaitingForPaymentRefundsWhateverWasPaid() {
            Move lost = move(at(AUTHORIZING_PAYMENT), new StockReleased("reservation expired"));
            assertThat(lost.next().state()).isEqualTo(REFUNDING);
            assertThat(lost.next().stockReleased()).isTrue();
            assertThat(lost.next().cause()).isEqualTo(CancelCause.STOCK_EXPIRED);
            assertThat(lost.actions()).singleElement().isInstanceOf(RefundPayment.class);

            assertCancelled(move(lost.next(), new PaymentRefunded()), CancelCause.STOCK_EXPIRED,
                    "the stock reservation was released before the sale (reservation expired)", true);
        }

        @Test
        void aDeclineWhileRefundingMeansThereIsNothingToRefund() {
            Saga refunding = move(at(CONFIRMED), new CustomerCancelled()).next().withStockReleased();
            assertCancelled(move(refunding, new PaymentDeclined("card declined")), CancelCause.CUSTOMER,
                    "cancelled by the customer", false);
        }

        @ParameterizedTest
        @EnumSource(value = SagaState.class, names = {"PRICING", "RESERVING_STOCK", "RELEASING_STOCK", "CANCELLED"})
        void aPaymentAuthorizedForAnOrderNotWaitingForOneIsRefunded(SagaState state) {
            Move late = move(at(state), new PaymentAuthorized());
            assertThat(late.next().state()).isEqualTo(state);
            assertThat(late.actions()).singleElement().isInstanceOf(RefundPayment.class);
            assertThat(late.timer()).isEqualTo(StepTimer.KEEP);
        }
    }

    @Nested
    class DuplicateAndLateAnswers {

        @Test
        void aSecondStockReservedDoesNotAuthorizeTwice() {
            assertThat(saga.decide(at(AUTHORIZING_PAYMENT), new StockReserved())).isInstanceOf(Stay.class);
            assertThat(saga.decide(at(CONFIRMED), new StockReserved())).isInstanceOf(Stay.class);
        }

        @Test
        void aSecondAuthorizationOfAConfirmedOrderChangesNothing() {
            assertThat(saga.decide(at(CONFIRMED), new PaymentAuthorized())).isInstanceOf(Stay.class);
        }

        @Test
        void answersToStepsTheSagaLeftAreIgnored() {
            assertThat(saga.decide(at(RELEASING_STOCK), new StockReserved())).isInstanceOf(Stay.class);
            assertThat(saga.decide(at(CANCELLED), new StockRejected("out of stock"))).isInstanceOf(Stay.class);
            assertThat(saga.decide(at(CANCELLED), new PaymentDeclined("late"))).isInstanceOf(Stay.class);
            assertThat(saga.decide(at(CANCELLED), new PaymentRefunded())).isInstanceOf(Stay.class);
            assertThat(saga.decide(at(CANCELLED), new StockReleased("expired"))).isInstanceOf(Stay.class);
            assertThat(saga.decide(at(RESERVING_STOCK), new Priced(true))).isInstanceOf(Stay.class);
        }

        @Test
        void aStockReleaseAnsweredTwiceWhileRefundingCountsOnce() {
            Saga released = move(at(CONFIRMED), new CustomerCancelled()).next().withStockReleased();
            assertThat(saga.decide(released, new StockReleased("again"))).isInstanceOf(Stay.class);
        }
    }

    @Nested
    class Deadlines {

        @ParameterizedTest
        @EnumSource(value = SagaState.class, names = {"RESERVING_STOCK", "AUTHORIZING_PAYMENT", "RELEASING_STOCK", "REFUNDING"})
        void anOverdueStepIsSentAgainWhileAttemptsRemain(SagaState state) {
            Move again = move(at(state), new StepOverdue());
            assertThat(again.next().state()).isEqualTo(state);
            assertThat(again.next().attempts()).isEqualTo(2);
            assertThat(again.timer()).isEqualTo(StepTimer.RESTART);
            assertThat(again.actions()).isNotEmpty();
            assertThat(again.reason()).contains("attempt 2 of 3");
        }

        @Test
        void theResentCommandsAreTheStepsOwn() {
            assertThat(move(at(RESERVING_STOCK), new StepOverdue()).actions()).containsExactly(new ReserveStock());
            assertThat(move(at(AUTHORIZING_PAYMENT), new StepOverdue()).actions()).containsExactly(new AuthorizePayment());
            Saga refundingWithStockBack = move(at(CONFIRMED), new CustomerCancelled()).next().withStockReleased();
            assertThat(move(refundingWithStockBack, new StepOverdue()).actions())
                    .containsExactly(new RefundPayment("cancelled by the customer"));
        }

        @Test
        void overduePricingIsTriedAgainByTheCatalogueCallNotByACommand() {
            Move again = move(at(PRICING), new StepOverdue());
            assertThat(again.next().attempts()).isEqualTo(2);
            assertThat(again.actions()).isEmpty();
        }

        @Test
        void pricingThatNeverSucceedsCancelsTheOrder() {
            Move gaveUp = move(lastAttempt(PRICING), new StepOverdue());
            assertThat(gaveUp.next().state()).isEqualTo(CANCELLED);
            assertThat(gaveUp.next().cause()).isEqualTo(CancelCause.PRICING);
            assertThat(gaveUp.actions()).singleElement().isInstanceOf(AnnounceCancelled.class);
        }

        @Test
        void aReservationThatIsNeverAnsweredIsReleased() {
            Move gaveUp = move(lastAttempt(RESERVING_STOCK), new StepOverdue());
            assertThat(gaveUp.next().state()).isEqualTo(RELEASING_STOCK);
            assertThat(gaveUp.next().attempts()).isEqualTo(1);
            assertThat(gaveUp.next().cause()).isEqualTo(CancelCause.TIMEOUT);
            assertThat(gaveUp.actions()).containsExactly(new ReleaseStock("no answer to ReserveStock after 3 attempts"));
        }

        @Test
        void anAuthorizationThatIsNeverAnsweredIsRefundedAndItsStockReleased() {
            Move gaveUp = move(lastAttempt(AUTHORIZING_PAYMENT), new StepOverdue());
            assertThat(gaveUp.next().state()).isEqualTo(REFUNDING);
            assertThat(gaveUp.actions()).containsExactly(new RefundPayment("no answer to AuthorizePayment after 3 attempts"),
                    new ReleaseStock("no answer to AuthorizePayment after 3 attempts"));
        }

        @ParameterizedTest
        @EnumSource(value = SagaState.class, names = {"RELEASING_STOCK", "REFUNDING"})
        void aCompensationThatIsNeverAnsweredFailsWithItsReason(SagaState state) {
            Move failed = move(lastAttempt(state), new StepOverdue());
            assertThat(failed.next().state()).isEqualTo(FAILED);
            assertThat(failed.next().failedStep()).isEqualTo(state);
            assertThat(failed.next().failure()).startsWith("no answer to ").endsWith("after 3 attempts");
            assertThat(failed.actions()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = SagaState.class, names = {"CONFIRMED", "CANCELLED", "FAILED"})
        void statesWithoutAStepHaveNoDeadline(SagaState state) {
            assertThat(saga.decide(at(state), new StepOverdue())).isInstanceOf(Stay.class);
        }
    }

    @Nested
    class Operators {

        @Test
        void retryingAFailedCompensationSendsItAgainWithFreshAttempts() {
            Saga failed = move(lastAttempt(RELEASING_STOCK), new StepOverdue()).next();
            Move retried = move(failed, new OperatorRetried());
            assertThat(retried.next().state()).isEqualTo(RELEASING_STOCK);
            assertThat(retried.next().attempts()).isEqualTo(1);
            assertThat(retried.next().failure()).isNull();
            assertThat(retried.actions()).containsExactly(new ReleaseStock("cancelled by the customer"));
        }

        @Test
        void retryingAStuckStepSendsItAgainNow() {
            Move retried = move(lastAttempt(AUTHORIZING_PAYMENT), new OperatorRetried());
            assertThat(retried.next().attempts()).isEqualTo(1);
            assertThat(retried.actions()).containsExactly(new AuthorizePayment());
            assertThat(retried.timer()).isEqualTo(StepTimer.START);
        }

        @Test
        void retryingPricingMakesItDueAtOnce() {
            assertThat(move(lastAttempt(PRICING), new OperatorRetried()).timer()).isEqualTo(StepTimer.DUE_NOW);
        }

        @ParameterizedTest
        @EnumSource(value = SagaState.class, names = {"CONFIRMED", "CANCELLED"})
        void finishedSagasCannotBeRetriedOrAborted(SagaState state) {
            assertThat(saga.decide(at(state), new OperatorRetried())).isInstanceOf(Refuse.class);
            assertThat(saga.decide(at(state), new OperatorAborted())).isInstanceOf(Refuse.class);
        }

        @Test
        void abortingAFailedCompensationCancelsTheOrderWithItsOriginalReason() {
            Saga failed = move(lastAttempt(RELEASING_STOCK), new StepOverdue()).next();
            Move aborted = move(failed, new OperatorAborted());
            assertThat(aborted.next().state()).isEqualTo(CANCELLED);
            assertThat(aborted.reason()).startsWith("aborted by an operator");
            assertThat(aborted.actions()).containsExactly(new AnnounceCancelled("cancelled by the customer", false));
        }

        @Test
        void abortingARunningSagaCompensatesWhatItMayHaveDone() {
            assertThat(move(at(RESERVING_STOCK), new OperatorAborted()).actions()).containsExactly(new ReleaseStock("aborted by an operator"));
            assertThat(move(at(AUTHORIZING_PAYMENT), new OperatorAborted()).next().state()).isEqualTo(REFUNDING);
            assertCancelled(move(at(PRICING), new OperatorAborted()), CancelCause.OPERATOR, "aborted by an operator", false);
        }

        @Test
        void aLateAnswerCompletesAFailedCompensation() {
            Saga failed = move(lastAttempt(RELEASING_STOCK), new StepOverdue()).next();
            assertCancelled(move(failed, new StockReleased("released at last")), CancelCause.CUSTOMER, "cancelled by the customer", false);
        }

        @Test
        void aLateAnswerToHalfOfAFailedRefundIsKeptButTheSagaStaysFailed() {
            Saga failed = move(lastAttempt(REFUNDING), new StepOverdue()).next();
            Move released = move(failed, new StockReleased("released at last"));
            assertThat(released.next().state()).isEqualTo(FAILED);
            assertThat(released.next().stockReleased()).isTrue();
            assertThat(released.next().failedStep()).isEqualTo(REFUNDING);
            assertThat(released.next().failure()).isEqualTo(failed.failure());

            Move refunded = move(failed, new PaymentRefunded());
            assertThat(refunded.next().state()).isEqualTo(FAILED);
            assertThat(refunded.next().failedStep()).isEqualTo(RELEASING_STOCK);
        }

        @Test
        void aCustomerCannotCancelAnOrderWhoseCancellationFailed() {
            Saga failed = move(lastAttempt(RELEASING_STOCK), new StepOverdue()).next();
            assertThat(saga.decide(failed, new CustomerCancelled())).isInstanceOf(Refuse.class);
        }
    }

    private Move move(Saga from, SagaInput input) {
        Decision decision = saga.decide(from, input);
        assertThat(decision).as("%s on %s", input, from.state()).isInstanceOf(Move.class);
        return (Move) decision;
    }

    private static void assertCancelled(Move move, CancelCause cause, String reason, boolean refunded) {
        assertThat(move.next().state()).isEqualTo(CANCELLED);
        assertThat(move.next().cause()).isEqualTo(cause);
        assertThat(move.next().reason()).isEqualTo(reason);
        assertThat(move.actions()).contains(new AnnounceCancelled(reason, refunded));
    }

    /** A saga at {@code state}; in a compensation, the customer's cancellation is the reason. */
    private static Saga at(SagaState state) {
        boolean compensating = state == RELEASING_STOCK || state == REFUNDING || state == CANCELLED || state == FAILED;
        return new Saga(state, 1, true, false, false, state == FAILED ? RELEASING_STOCK : null,
                compensating ? CancelCause.CUSTOMER : null, compensating ? "cancelled by the customer" : null,
                state == FAILED ? "no answer to ReleaseStock after 3 attempts" : null);
    }

    private static Saga lastAttempt(SagaState state) {
        Saga saga = at(state);
        return new Saga(state, MAX_ATTEMPTS, saga.payable(), false, false, saga.failedStep(), saga.cause(), saga.reason(),
                saga.failure());
    }

    @Test
    void everyWayIntoAFinalStateAnnouncesItExactlyOnce() {
        List<SagaInput> inputs = List.of(new Priced(true), new PricingRefused("x"), new StockReserved(), new StockRejected("x"),
                new StockReleased("x"), new PaymentAuthorized(), new PaymentDeclined("x"), new PaymentRefunded(),
                new CustomerCancelled(), new StepOverdue(), new OperatorRetried(), new OperatorAborted());
        for (SagaState state : SagaState.values()) {
            for (SagaInput input : inputs) {
                if (saga.decide(at(state), input) instanceof Move move && move.next().state() != state) {
                    long cancellations = move.actions().stream().filter(AnnounceCancelled.class::isInstance).count();
                    long confirmations = move.actions().stream().filter(AnnounceConfirmed.class::isInstance).count();
                    assertThat(cancellations).as("%s on %s", input, state).isEqualTo(move.next().state() == CANCELLED ? 1 : 0);
                    assertThat(confirmations).as("%s on %s", input, state).isEqualTo(move.next().state() == CONFIRMED ? 1 : 0);
                }
            }
        }
    }
}
