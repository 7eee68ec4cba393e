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

import java.util.ArrayList;
import java.util.List;

import static com.shop.order.saga.SagaState.AUTHORIZING_PAYMENT;
import static com.shop.order.saga.SagaState.CANCELLED;
import static com.shop.order.saga.SagaState.CONFIRMED;
import static com.shop.order.saga.SagaState.FAILED;
import static com.shop.order.saga.SagaState.PRICING;
import static com.shop.order.saga.SagaState.REFUNDING;
import static com.shop.order.saga.SagaState.RELEASING_STOCK;
import static com.shop.order.saga.SagaState.RESERVING_STOCK;

/**
 * The order saga's rules (DESIGN.md, "The order saga"), free of Camel, Kafka and the database: given
 * where a saga stands and what happened, where it goes, what it sends and why. An overdue step is sent
 * again up to {@code maxAttempts} times, then compensated; a compensation that is never answered ends
 * {@code FAILED}. A payment authorized for an order that no longer waits for one is refunded.
 */
public final class OrderSaga {

    private final int maxAttempts;

    public OrderSaga(int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("a step needs at least one attempt, not " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /** The first step of a priced order: it is announced and its stock reserved. */
    public Move start(boolean payable) {
        return new Move(Saga.startingAt(RESERVING_STOCK, payable), "order placed",
                List.of(new AnnouncePlaced(), new ReserveStock()), StepTimer.START);
    }

    /** The first step of an order the catalogue could not price ({@code why}): nothing is sent until it is priced. */
    public Move startUnpriced(String why) {
        return new Move(Saga.startingAt(PRICING, true),
                "order accepted while the catalogue is unavailable (" + why + "): it is priced as soon as the catalogue answers",
                List.of(), StepTimer.START);
    }

    public Decision decide(Saga saga, SagaInput input) {
        if (saga.state() == FAILED && isAnswer(input)) {
            return lateAnswerToFailedStep(saga, input);
        }
        if (input instanceof Priced priced) {
            return priced(saga, priced);
        }
        if (input instanceof PricingRefused refused) {
            return saga.state() == PRICING ? cancel(saga, CancelCause.PRICING, refused.reason(), false)
                    : new Stay("the order is already priced");
        }
        if (input instanceof StockReserved) {
            return stockReserved(saga);
        }
        if (input instanceof StockRejected rejected) {
            return saga.state() == RESERVING_STOCK ? cancel(saga, CancelCause.OUT_OF_STOCK, rejected.reason(), false)
                    : new Stay("stock was already answered for");
        }
        if (input instanceof StockReleased released) {
            return stockReleased(saga, released.reason());
        }
        if (input instanceof PaymentAuthorized) {
            return paymentAuthorized(saga);
        }
        if (input instanceof PaymentDeclined declined) {
            return paymentDeclined(saga, declined.reason());
        }
        if (input instanceof PaymentRefunded) {
            return saga.state() == REFUNDING ? refundSettled(saga, true, "payment refunded")
                    : new Stay("no refund is awaited");
        }
        if (input instanceof CustomerCancelled) {
            return customerCancelled(saga);
        }
        if (input instanceof StepOverdue) {
            return overdue(saga);
        }
        if (input instanceof OperatorRetried) {
            return operatorRetried(saga);
        }
        if (input instanceof OperatorAborted) {
            return operatorAborted(saga);
        }
        throw new IllegalArgumentException("unknown saga input " + input);
    }

    private Decision priced(Saga saga, Priced priced) {
        if (saga.state() != PRICING) {
            return new Stay("the order is already priced");
        }
        return new Move(Saga.startingAt(RESERVING_STOCK, priced.payable()), "priced by the catalogue",
                List.of(new AnnouncePlaced(), new ReserveStock()), StepTimer.START);
    }

    private Decision stockReserved(Saga saga) {
        if (saga.state() != RESERVING_STOCK) {
            return new Stay("stock was already answered for");
        }
        if (!saga.payable()) {
            return new Move(saga.step(CONFIRMED), "stock reserved; nothing to pay", List.of(new AnnounceConfirmed()),
                    StepTimer.START);
        }
        return new Move(saga.step(AUTHORIZING_PAYMENT), "stock reserved", List.of(new AuthorizePayment()), StepTimer.START);
    }

    private Decision stockReleased(Saga saga, String why) {
        return switch (saga.state()) {
            case RELEASING_STOCK -> cancel(saga, saga.cause(), saga.reason(), saga.refunded());
            case REFUNDING -> saga.stockReleased() ? new Stay("the stock was already released")
                    : new Move(saga.withStockReleased(), "stock released", List.of(), StepTimer.KEEP);
            case AUTHORIZING_PAYMENT, CONFIRMED -> lostReservation(saga, why);
            default -> new Stay("no stock is held for the order");
        };
    }

    /** The reservation expired before the sale: the order cannot be delivered, so whatever was paid goes back. */
    private Decision lostReservation(Saga saga, String why) {
        String reason = "the stock reservation was released before the sale (" + why + ")";
        if (!saga.payable()) {
            return cancel(saga, CancelCause.STOCK_EXPIRED, reason, false);
        }
        Saga next = saga.towards(REFUNDING, CancelCause.STOCK_EXPIRED, reason).withStockReleased();
        return new Move(next, reason + "; refunding the payment", List.of(new RefundPayment(reason)), StepTimer.START);
    }

    private Decision paymentAuthorized(Saga saga) {
        return switch (saga.state()) {
            case AUTHORIZING_PAYMENT -> new Move(saga.step(CONFIRMED), "payment authorized", List.of(new AnnounceConfirmed()),
                    StepTimer.START);
            case CONFIRMED, REFUNDING -> new Stay("the payment was already answered for");
            default -> {
                String reason = "payment authorized while the order is " + saga.state() + ": refunding it";
                yield new Move(saga, reason, List.of(new RefundPayment(reason)), StepTimer.KEEP);
            }
        };
    }

    private Decision paymentDeclined(Saga saga, String why) {
        return switch (saga.state()) {
            case AUTHORIZING_PAYMENT -> compensate(saga, RELEASING_STOCK, CancelCause.PAYMENT_DECLINED, "payment declined: " + why);
            case REFUNDING -> refundSettled(saga, false, "payment declined, so there is nothing to refund");
            default -> new Stay("the payment was already answered for");
        };
    }

    private Decision refundSettled(Saga saga, boolean moneyReturned, String reason) {
        Saga refunded = saga.withRefund(moneyReturned);
        if (saga.stockReleased()) {
            return cancel(refunded, saga.cause(), saga.reason(), moneyReturned);
        }
        return new Move(refunded.step(RELEASING_STOCK), reason, List.of(), StepTimer.START);
    }

    private Decision customerCancelled(Saga saga) {
        String reason = "cancelled by the customer";
        return switch (saga.state()) {
            case PRICING -> cancel(saga, CancelCause.CUSTOMER, reason, false);
            case RESERVING_STOCK -> compensate(saga, RELEASING_STOCK, CancelCause.CUSTOMER, reason);
            case AUTHORIZING_PAYMENT -> new Refuse("the payment is being authorized; the order can be cancelled once it is confirmed");
            case CONFIRMED -> compensate(saga, saga.payable() ? REFUNDING : RELEASING_STOCK, CancelCause.CUSTOMER, reason);
            case RELEASING_STOCK, REFUNDING, CANCELLED -> new Stay("the order is already cancelled or being cancelled");
            case FAILED -> new Refuse("the order's cancellation could not be completed and is with an operator");
        };
    }

    private Decision overdue(Saga saga) {
        SagaState state = saga.state();
        if (!state.awaitsAnswer()) {
            return new Stay("the saga waits for nothing");
        }
        if (saga.attempts() < maxAttempts) {
            String reason = "no answer to " + state.awaited() + " in time: trying again (attempt "
                    + (saga.attempts() + 1) + " of " + maxAttempts + ")";
            return new Move(saga.again(), reason, resend(saga), StepTimer.RESTART);
        }
        String gaveUp = "no answer to " + state.awaited() + " after " + maxAttempts + " attempts";
        return switch (state) {
            case PRICING -> cancel(saga, CancelCause.PRICING, "the catalogue could not price the order: " + gaveUp, false);
            case RESERVING_STOCK -> compensate(saga, RELEASING_STOCK, CancelCause.TIMEOUT, gaveUp);
            case AUTHORIZING_PAYMENT -> compensate(saga, REFUNDING, CancelCause.TIMEOUT, gaveUp);
            default -> new Move(saga.failed(gaveUp), gaveUp + ": the compensation failed", List.of(), StepTimer.START);
        };
    }

    private Decision operatorRetried(Saga saga) {
        if (saga.state() == FAILED) {
            Saga next = saga.step(saga.failedStep());
            return new Move(next, "retried by an operator", resend(next), StepTimer.START);
        }
        if (!saga.state().awaitsAnswer()) {
            return new Refuse("nothing to retry: the saga is " + saga.state());
        }
        Saga next = saga.step(saga.state());
        return new Move(next, "retried by an operator", resend(next),
                saga.state() == PRICING ? StepTimer.DUE_NOW : StepTimer.START);
    }

    private Decision operatorAborted(Saga saga) {
        String reason = "aborted by an operator";
        return switch (saga.state()) {
            case PRICING -> cancel(saga, CancelCause.OPERATOR, reason, false);
            case RESERVING_STOCK -> compensate(saga, RELEASING_STOCK, CancelCause.OPERATOR, reason);
            case AUTHORIZING_PAYMENT -> compensate(saga, REFUNDING, CancelCause.OPERATOR, reason);
            case RELEASING_STOCK, REFUNDING, FAILED -> new Move(saga.at(CANCELLED), reason
                    + ": cancelled without waiting for the compensation to be confirmed (" + saga.reason() + ")",
                    List.of(new AnnounceCancelled(saga.reason(), saga.refunded())), StepTimer.START);
            case CONFIRMED -> new Refuse("the order is confirmed: cancel it instead");
            case CANCELLED -> new Refuse("the order is already cancelled");
        };
    }

    /** An answer that arrives after its step was given up: applied as if the step were still running, but the saga stays failed unless it is now complete. */
    private Decision lateAnswerToFailedStep(Saga saga, SagaInput input) {
        Decision decision = decide(saga.at(saga.failedStep()), input);
        if (decision instanceof Move move && move.next().state() != CANCELLED) {
            Saga stillFailed = new Saga(FAILED, saga.attempts(), saga.payable(), move.next().stockReleased(),
                    move.next().refunded(), move.next().state(), saga.cause(), saga.reason(), saga.failure());
            return new Move(stillFailed, move.reason(), move.actions(), StepTimer.KEEP);
        }
        return decision;
    }

    private static List<SagaAction> resend(Saga saga) {
        return switch (saga.state()) {
            case RESERVING_STOCK -> List.of(new ReserveStock());
            case AUTHORIZING_PAYMENT -> List.of(new AuthorizePayment());
            case RELEASING_STOCK -> List.of(new ReleaseStock(saga.reason()));
            case REFUNDING -> refundAndRelease(saga);
            default -> List.of();
        };
    }

    private static List<SagaAction> refundAndRelease(Saga saga) {
        List<SagaAction> actions = new ArrayList<>();
        actions.add(new RefundPayment(saga.reason()));
        if (!saga.stockReleased()) {
            actions.add(new ReleaseStock(saga.reason()));
        }
        return actions;
    }

    private static Move compensate(Saga saga, SagaState step, CancelCause cause, String reason) {
        Saga next = saga.towards(step, cause, reason);
        String doing = step == REFUNDING ? "refunding the payment and releasing the stock" : "releasing the stock";
        return new Move(next, reason + "; " + doing, resend(next), StepTimer.START);
    }

    private static Move cancel(Saga saga, CancelCause cause, String reason, boolean refunded) {
        Saga next = saga.towards(CANCELLED, cause, reason).withRefund(refunded);
        return new Move(next, reason, List.of(new AnnounceCancelled(reason, refunded)), StepTimer.START);
    }

    private static boolean isAnswer(SagaInput input) {
        return !(input instanceof CustomerCancelled || input instanceof StepOverdue
                || input instanceof OperatorRetried || input instanceof OperatorAborted);
    }
}
