package com.shop.payment.processing;

import com.shop.kafka.CloudEventHeaders;
import com.shop.kafka.events.AuthorizePayment;
import com.shop.kafka.events.PaymentAuthorized;
import com.shop.kafka.events.PaymentDeclined;
import com.shop.kafka.events.PaymentRefunded;
import com.shop.kafka.events.RefundPayment;
import com.shop.payment.ledger.Payment;
import com.shop.payment.ledger.PaymentStatus;
import com.shop.payment.ledger.PaymentStore;
import com.shop.payment.ledger.PaymentTransaction;
import com.shop.payment.provider.ProviderProperties;
import com.shop.payment.provider.ProviderReply;
import com.shop.payment.provider.ProviderRequest;
import com.shop.routes.idempotency.ProcessedEvents;
import com.shop.routes.outbox.Outbox;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The payments of the order saga. A command is recorded in one transaction with its event id, so a
 * redelivered command changes nothing and a re-sent one gets the first answer, under its event id. The provider
 * is called outside any transaction; its reply is applied in one transaction with the answer to the saga (through
 * the outbox). A step that cannot reach the provider is postponed, never declined: the payment waits in
 * the database and the scheduled retry takes it up again.
 */
@Service
public class Payments {

    /** Exchange property holding the {@link ProviderRequest} of the current attempt. */
    public static final String REQUEST = "paymentProviderRequest";
    private static final Logger LOG = LoggerFactory.getLogger(Payments.class);
    private static final int MAX_REASON = 500;

    private final PaymentStore store;
    private final ProcessedEvents processed;
    private final Outbox outbox;
    private final PaymentMetrics metrics;
    private final RetryProperties retry;
    private final Clock clock;

    Payments(PaymentStore store, ProcessedEvents processed, Outbox outbox, PaymentMetrics metrics, RetryProperties retry,
             ProviderProperties provider, Clock clock) {
        if (retry.lease().compareTo(provider.worstCaseAttempt()) <= 0) {
            throw new IllegalStateException("payment.retry.lease (" + retry.lease() + ") must be longer than the longest "
                    + "provider attempt (" + provider.worstCaseAttempt() + ": timeouts and retries of payment.provider.*)");
        }
        this.store = store;
        this.processed = processed;
        this.outbox = outbox;
        this.metrics = metrics;
        this.retry = retry;
        this.clock = clock;
    }

    /** Records the authorization to make; returns the payment id when the provider is to be asked now. */
    @Transactional
    public String authorize(AuthorizePayment command, @Header(CloudEventHeaders.ID) String eventId) {
        if (!processed.firstDelivery("payment-authorize", eventId)) {
            return null;
        }
        Optional<Payment> earlier = store.lockByOrder(command.orderId());
        if (earlier.isPresent()) {
            answer(earlier.get(), PaymentRules.onAuthorizeAgain(earlier.get().status()).answer());
            return takeUpIfDue(earlier.get());
        }
        Instant now = clock.instant();
        Payment payment = new Payment(UUID.randomUUID(), command.orderId(), command.customerId(), command.amount(),
                command.currency(), command.paymentMethod(), PaymentStatus.PENDING, null, null, null, null, 0, null,
                now.plus(retry.lease()), now, now);
        store.insert(payment);
        LOG.info("payment {} of order {} recorded: {} {}", payment.id(), payment.orderId(), payment.amount(), payment.currency());
        return payment.id().toString();
    }

    /** Records the refund asked for the order's payment; returns the payment id when the provider is to be asked now. */
    @Transactional
    public String refund(RefundPayment command, @Header(CloudEventHeaders.ID) String eventId) {
        if (!processed.firstDelivery("payment-refund", eventId)) {
            return null;
        }
        Optional<Payment> found = store.lockByOrder(command.orderId());
        if (found.isEmpty()) {
            LOG.warn("refund asked for order {}, which has no payment: nothing was charged", command.orderId());
            outbox.append(command.orderId(), new PaymentDeclined(command.orderId(),
                    "nothing to refund: no payment was taken for the order"));
            return null;
        }
        Payment payment = found.get();
        Decision decision = PaymentRules.onRefund(payment.status());
        if (decision.changes(payment.status())) {
            Instant now = clock.instant();
            payment = payment.moveTo(decision.next(), now.plus(retry.lease()), now)
                    .withRefund(command.amount(), command.reason());
            store.update(payment);
            LOG.info("order {}: refund of {} {} asked ({}), payment {} is {}", payment.orderId(), command.amount(),
                    command.currency(), command.reason(), payment.id(), payment.status());
        }
        answer(payment, decision.answer());
        return decision.providerWork() ? payment.id().toString() : takeUpIfDue(payment);
    }

    /** What the provider is to be asked next for the payment; null when nothing. */
    public ProviderRequest nextRequest(@Body String paymentId) {
        return store.find(UUID.fromString(paymentId)).flatMap(PaymentRules::nextRequest).orElse(null);
    }

    /** Applies the provider's reply to the payment and answers the saga. */
    @Transactional
    public void record(@ExchangeProperty(REQUEST) ProviderRequest request, @Body ProviderReply reply) {
        Payment payment = store.lock(request.paymentId()).orElseThrow();
        Decision decision = PaymentRules.onReply(payment.status(), request.operation(), reply.verdict());
        if (!decision.changes(payment.status())) {
            LOG.debug("payment {} is {}: the {} reply to {} changes nothing", payment.id(), payment.status(), reply.verdict(),
                    request.operation());
            return;
        }
        Instant now = clock.instant();
        if (reply.verdict() != ProviderReply.Verdict.NOT_FOUND) {
            store.addTransaction(transaction(payment, request, reply, now));
        }
        Payment next = payment.moveTo(decision.next(), decision.providerWork() ? now : null, now);
        if (request.operation() != ProviderRequest.Operation.REFUND && reply.verdict() == ProviderReply.Verdict.APPROVED) {
            next = next.withProviderReference(reply.reference());
        }
        next = switch (decision.next()) {
            case DECLINED -> next.withDeclineReason(truncate(reply.detail()));
            case CANCELLED -> next.withDeclineReason(truncate("cancelled before the provider charged it: " + payment.refundReason()));
            case REFUND_FAILED -> next.withLastError(truncate("the provider refused the refund: " + reply.detail()));
            default -> next;
        };
        store.update(next);
        answer(next, decision.answer());
        metrics.reached(next.status());
        LOG.info("payment {} of order {}: {} {} -> {}", next.id(), next.orderId(), request.operation(), reply.verdict(),
                next.status());
    }

    /** The provider could not be reached for this step: the payment waits and is tried again later. */
    @Transactional
    public void postpone(@ExchangeProperty(REQUEST) ProviderRequest request,
                         @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception cause) {
        boolean circuitOpen = ObjectHelper.getException(CallNotPermittedException.class, cause) != null;
        String error = circuitOpen ? "the circuit breaker towards the provider is open" : String.valueOf(cause.getMessage());
        Instant now = clock.instant();
        store.lock(request.paymentId()).filter(p -> p.status().awaitsProvider()).ifPresent(payment -> {
            Instant next = now.plus(retry.delayAfter(payment.attempts() + 1));
            store.update(payment.postponed(truncate(error), next, now));
            LOG.warn("payment {} of order {} waits for the provider ({} failed: {}); next attempt at {}", payment.id(),
                    payment.orderId(), request.operation(), error, next);
        });
        metrics.postponed(circuitOpen ? "circuit_open" : "provider_unavailable");
    }

    /** Takes the payments whose next attempt is due; returns their ids. */
    @Transactional
    public List<String> claimDue() {
        Instant now = clock.instant();
        return store.claimDue(now, now.plus(retry.lease()), retry.batchSize()).stream().map(UUID::toString).toList();
    }

    /**
     * A re-sent command takes up at once a payment whose step is due, instead of leaving it to the scheduled retry:
     * the saga re-sends because it heard nothing, for instance after an attempt died with its process. The payment
     * is locked and leased here, so the scheduled retry cannot take it up beside this attempt; one still held by a
     * running attempt is left alone. Returns the payment id when the provider is to be asked now.
     */
    private String takeUpIfDue(Payment payment) {
        Instant now = clock.instant();
        if (!PaymentRules.due(payment, now)) {
            return null;
        }
        store.lease(payment.id(), now.plus(retry.lease()));
        LOG.info("payment {} of order {} is {} and due: taken up again for the re-sent command", payment.id(),
                payment.orderId(), payment.status());
        return payment.id().toString();
    }

    private void answer(Payment p, Decision.Answer answer) {
        Record event = switch (answer) {
            case AUTHORIZED -> new PaymentAuthorized(p.orderId(), p.id().toString(), p.amount(), p.currency(), p.providerReference());
            case DECLINED -> new PaymentDeclined(p.orderId(), truncate(declineReason(p)));
            case REFUNDED -> new PaymentRefunded(p.orderId(), p.id().toString(), p.refundAmount(), p.currency());
            case NONE -> null;
        };
        if (event == null) {
            return;
        }
        if (outbox.appendOnce(p.orderId(), event, answerId(p, answer))) {
            LOG.info("order {}: answered {} for payment {}", p.orderId(), answer, p.id());
        } else {
            LOG.info("order {}: {} for payment {} is already in the outbox, not announced twice", p.orderId(), answer, p.id());
        }
    }

    /**
     * The event id of the answer that announces the payment's outcome, the same every time it is given: the answer
     * to a re-sent command is the first announcement again, which idempotent consumers drop, never a new event
     * that would, for instance, send the customer a second receipt.
     */
    private static UUID answerId(Payment p, Decision.Answer answer) {
        return UUID.nameUUIDFromBytes((p.id() + "/" + p.status() + "/" + answer).getBytes(StandardCharsets.UTF_8));
    }

    private static String declineReason(Payment p) {
        return switch (p.status()) {
            case REFUND_PENDING, REFUNDED, REFUND_FAILED -> "the payment was refunded: " + p.refundReason();
            default -> p.declineReason();
        };
    }

    private static PaymentTransaction transaction(Payment p, ProviderRequest request, ProviderReply reply, Instant now) {
        boolean refund = request.operation() == ProviderRequest.Operation.REFUND;
        boolean approved = reply.verdict() == ProviderReply.Verdict.APPROVED;
        return new PaymentTransaction(0, p.id(), refund ? PaymentTransaction.Kind.REFUND : PaymentTransaction.Kind.AUTHORIZATION,
                request.amount(), p.currency(), request.idempotencyKey(), reply.reference(),
                approved ? PaymentTransaction.Result.APPROVED : PaymentTransaction.Result.DECLINED, reply.detail(), now);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }
}
