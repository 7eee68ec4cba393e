package com.shop.order.saga;

import com.shop.kafka.events.OrderLine;
import com.shop.kafka.events.PaymentAuthorized;
import com.shop.kafka.events.PaymentDeclined;
import com.shop.kafka.events.PaymentRefunded;
import com.shop.kafka.events.StockRejected;
import com.shop.kafka.events.StockReleased;
import com.shop.kafka.events.StockReserved;
import com.shop.order.saga.Decision.Move;
import com.shop.order.saga.Decision.Refuse;
import com.shop.order.store.Order;
import com.shop.order.store.OrderStore;
import com.shop.order.store.StatusChange;
import com.shop.routes.idempotency.ProcessedEvents;
import com.shop.routes.rest.ProblemException;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Runs each order's saga: feeds what happened (an answer, a deadline, a person's request) to the
 * {@link OrderSaga} rules under the saga's row lock, and stores the outcome, the status history entry and
 * the commands and events to send in one transaction. An answer redelivered by Kafka changes nothing.
 */
@Service
public class Sagas {

    private static final Logger LOG = LoggerFactory.getLogger(Sagas.class);
    private static final String CONSUMER = "order-saga";

    private final OrderSaga rules;
    private final SagaStore sagas;
    private final OrderStore orders;
    private final SagaCommands commands;
    private final ProcessedEvents processed;
    private final OrderMetrics metrics;
    private final SagaProperties properties;
    private final Clock clock;

    Sagas(SagaStore sagas, OrderStore orders, SagaCommands commands, ProcessedEvents processed, OrderMetrics metrics,
          SagaProperties properties, Clock clock) {
        this.rules = new OrderSaga(properties.maxAttempts());
        this.sagas = sagas;
        this.orders = orders;
        this.commands = commands;
        this.processed = processed;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts the saga of a priced order, in the transaction that stores the order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void begin(Order order) {
        start(order, rules.start(order.total().signum() > 0));
    }

    /** Starts the saga of an order the catalogue could not price ({@code why}), in the transaction that stores it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void beginUnpriced(Order order, String why) {
        start(order, rules.startUnpriced(why));
    }

    @Transactional
    public void stockReserved(StockReserved event, @Header("ce_id") String eventId) {
        answer(event.orderId(), eventId, new SagaInput.StockReserved());
    }

    @Transactional
    public void stockRejected(StockRejected event, @Header("ce_id") String eventId) {
        answer(event.orderId(), eventId, new SagaInput.StockRejected(event.reason()));
    }

    @Transactional
    public void stockReleased(StockReleased event, @Header("ce_id") String eventId) {
        answer(event.orderId(), eventId, new SagaInput.StockReleased(event.reason()));
    }

    @Transactional
    public void paymentAuthorized(PaymentAuthorized event, @Header("ce_id") String eventId) {
        answer(event.orderId(), eventId, new SagaInput.PaymentAuthorized());
    }

    @Transactional
    public void paymentDeclined(PaymentDeclined event, @Header("ce_id") String eventId) {
        answer(event.orderId(), eventId, new SagaInput.PaymentDeclined(event.reason()));
    }

    @Transactional
    public void paymentRefunded(PaymentRefunded event, @Header("ce_id") String eventId) {
        answer(event.orderId(), eventId, new SagaInput.PaymentRefunded());
    }

    /** The catalogue priced an order accepted while it was unavailable: the prices are stored and the saga goes on. */
    @Transactional
    public void priced(String orderId, List<OrderLine> lines, BigDecimal total, String currency) {
        sagas.lock(orderId).ifPresent(current -> {
            Order order = requireOrder(orderId).pricedAs(lines, total, currency);
            if (rules.decide(current.saga(), new SagaInput.Priced(total.signum() > 0)) instanceof Move move) {
                orders.price(orderId, lines, total, currency);
                persist(current, order, move);
            }
        });
    }

    @Transactional
    public void pricingRefused(String orderId, String reason) {
        sagas.lock(orderId).ifPresent(current -> apply(current, new SagaInput.PricingRefused(reason)));
    }

    /** Overdue steps, for the deadline scan. */
    @Transactional(readOnly = true)
    public List<OverdueStep> overdue() {
        return sagas.overdue(clock.instant(), properties.scanBatch());
    }

    /** Handles one overdue step, unless another instance or an answer got there first. */
    @Transactional
    public void stepOverdue(String orderId) {
        Instant now = clock.instant();
        sagas.lock(orderId)
                .filter(current -> current.deadline() != null && !current.deadline().isAfter(now))
                .ifPresent(current -> apply(current, new SagaInput.StepOverdue()));
    }

    /** The customer's cancellation; refused (409) while the payment is being authorized or after a failed cancellation. */
    @Transactional
    public void cancel(String orderId) {
        request(orderId, new SagaInput.CustomerCancelled());
    }

    @Transactional
    public SagaView retry(String orderId) {
        request(orderId, new SagaInput.OperatorRetried());
        return view(orderId);
    }

    @Transactional
    public SagaView abort(String orderId) {
        request(orderId, new SagaInput.OperatorAborted());
        return view(orderId);
    }

    @Transactional(readOnly = true)
    public SagaView view(String orderId) {
        return sagas.find(orderId).map(SagaView::of).orElseThrow(() -> noSaga(orderId));
    }

    /** Sagas in {@code state}, or, without a state, those that need an operator: failed, resent or overdue. */
    @Transactional(readOnly = true)
    public SagaPage list(Optional<SagaState> state, int page, int size) {
        SagaRecords found = state.map(s -> sagas.inState(s, page, size))
                .orElseGet(() -> sagas.needingAttention(clock.instant(), page, size));
        return new SagaPage(found.records().stream().map(SagaView::of).toList(), page, size, found.total());
    }

    private void start(Order order, Move start) {
        Instant now = clock.instant();
        sagas.insert(new SagaRecord(order.id(), start.next(), now,
                start.timer().deadline(start.next().state(), now, null, properties.stepTimeout()), now));
        orders.record(order.id(), new StatusChange(start.next().state().status(), start.next().state().name(), start.reason(), now));
        commands.send(order, start.actions(), now);
    }

    private void answer(String orderId, String eventId, SagaInput input) {
        if (!processed.firstDelivery(CONSUMER, eventId)) {
            LOG.info("{} for order {} was applied before", input.getClass().getSimpleName(), orderId);
            return;
        }
        Optional<SagaRecord> current = sagas.lock(orderId);
        if (current.isEmpty()) {
            LOG.warn("{} for unknown order {} ignored", input.getClass().getSimpleName(), orderId);
            return;
        }
        apply(current.get(), input);
    }

    private void request(String orderId, SagaInput input) {
        SagaRecord current = sagas.lock(orderId).orElseThrow(() -> noSaga(orderId));
        if (apply(current, input) instanceof Refuse refuse) {
            throw ProblemException.conflict(refuse.why());
        }
    }

    private Decision apply(SagaRecord current, SagaInput input) {
        Decision decision = rules.decide(current.saga(), input);
        if (decision instanceof Move move) {
            persist(current, requireOrder(current.orderId()), move);
        } else {
            LOG.info("order {} at {}: {} changes nothing ({})", current.orderId(), current.saga().state(),
                    input.getClass().getSimpleName(), decision);
        }
        return decision;
    }

    private void persist(SagaRecord current, Order order, Move move) {
        Instant now = clock.instant();
        Saga next = move.next();
        Instant deadline = move.timer().deadline(next.state(), now, current.deadline(), properties.stepTimeout());
        Instant stepStartedAt = move.timer().stepStart(now, current.stepStartedAt());
        sagas.update(new SagaRecord(order.id(), next, stepStartedAt, deadline, now));
        orders.setStatus(order.id(), next.state().status(), now);
        orders.record(order.id(), new StatusChange(next.state().status(), next.state().name(), move.reason(), now));
        commands.send(order, move.actions(), now);
        metrics.moved(current.saga(), next, Duration.between(current.stepStartedAt(), now));
        LOG.info("order {}: {} -> {} ({})", order.id(), current.saga().state(), next.state(), move.reason());
    }

    private Order requireOrder(String orderId) {
        return orders.find(orderId).orElseThrow(() -> new IllegalStateException("saga without order " + orderId));
    }

    private static ProblemException noSaga(String orderId) {
        return ProblemException.notFound("No order " + orderId);
    }
}
