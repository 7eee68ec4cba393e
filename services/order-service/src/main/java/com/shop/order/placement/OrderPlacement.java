package com.shop.order.placement;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.kafka.InvalidEventException;
import com.shop.kafka.events.InboundOrder;
import com.shop.kafka.events.OrderLine;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ShortLine;
import com.shop.order.catalog.CatalogClient;
import com.shop.order.catalog.Pricing;
import com.shop.order.catalog.Quote;
import com.shop.order.saga.OrderMetrics;
import com.shop.order.saga.Sagas;
import com.shop.order.store.KeyedOrder;
import com.shop.order.store.Order;
import com.shop.order.store.OrderChannel;
import com.shop.order.store.OrderStatus;
import com.shop.order.store.OrderStore;
import com.shop.routes.rest.FieldProblem;
import com.shop.routes.rest.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Accepts orders from customers (REST) and partners ({@code orders.inbound}): prices them from the
 * catalogue, stores them {@code PENDING} and starts their saga in one transaction. When the catalogue
 * cannot be asked, the order is still accepted, unpriced, and its saga prices it when the catalogue is
 * back. A customer's idempotency key, or a partner's reference, places at most one order.
 */
@Service
public class OrderPlacement {

    private static final Logger LOG = LoggerFactory.getLogger(OrderPlacement.class);
    /** The contract's limit on a customer id. */
    private static final int CUSTOMER_ID_LIMIT = 64;

    private final OrderStore orders;
    private final CatalogClient catalog;
    private final Sagas sagas;
    private final TransactionTemplate transactions;
    private final OrderMetrics metrics;
    private final ObjectMapper mapper;
    private final Clock clock;

    OrderPlacement(OrderStore orders, CatalogClient catalog, Sagas sagas, TransactionTemplate transactions,
                   OrderMetrics metrics, ObjectMapper mapper, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.sagas = sagas;
        this.transactions = transactions;
        this.metrics = metrics;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * A customer's order. Refused with 422 when the catalogue does not sell a line's product and with 409 when it
     * has too little of one; the same idempotency key returns the order it placed first (409 if it was a different order).
     */
    public Placement placeForCustomer(OrderRequest request, String idempotencyKey) {
        String fingerprint = RequestFingerprint.of(request, mapper);
        if (idempotencyKey != null) {
            var earlier = orders.findByIdempotencyKey(request.customerId(), idempotencyKey);
            if (earlier.isPresent()) {
                return replay(earlier.get(), fingerprint, idempotencyKey);
            }
        }
        Quote quote = quote(request.lines());
        if (quote instanceof Quote.Refused refused) {
            throw new ProblemException(422, "Order cannot be priced", refused.summary(), refused.problems());
        }
        if (quote instanceof Quote.Priced priced && !priced.shortLines().isEmpty()) {
            throw new ProblemException(409, "Not enough stock", shortage(priced.shortLines()), priced.shortLines().stream()
                    .map(s -> new FieldProblem("lines", s.sku() + ": " + s.requested() + " requested, " + s.available() + " available"))
                    .toList());
        }
        Order order = newOrder(request, OrderChannel.REST, quote);
        if (!store(order, quote, idempotencyKey, fingerprint, null)) {
            KeyedOrder winner = orders.findByIdempotencyKey(request.customerId(), idempotencyKey)
                    .orElseThrow(() -> new IllegalStateException("order of key " + idempotencyKey + " vanished"));
            return replay(winner, fingerprint, idempotencyKey);
        }
        return new Placement(orders.find(order.id()).orElseThrow(), false);
    }

    /**
     * A partner's order from {@code orders.inbound}, whose customer id, if any, names an account. A reference seen before
     * is a redelivery and places nothing; an order naming products the catalogue does not sell is a poison record for
     * the dead-letter topic.
     */
    public void placeForPartner(InboundOrder inbound) {
        if (orders.findByExternalReference(inbound.externalReference()).isPresent()) {
            LOG.info("partner order {} was placed before", inbound.externalReference());
            return;
        }
        OrderRequest request = new OrderRequest(partnerCustomer(inbound), inbound.lines(), inbound.shippingAddress(),
                inbound.paymentMethod());
        Quote quote = quote(request.lines());
        if (quote instanceof Quote.Refused refused) {
            throw new InvalidEventException("partner order " + inbound.externalReference() + " cannot be priced: " + refused.summary());
        }
        Order order = newOrder(request, OrderChannel.PARTNER, quote);
        if (store(order, quote, null, null, inbound.externalReference())) {
            LOG.info("partner order {} placed as order {}", inbound.externalReference(), order.id());
        }
    }

    private Quote quote(List<ReservationLine> lines) {
        return Pricing.quote(lines, catalog.lookUp(lines.stream().map(ReservationLine::sku).toList()));
    }

    private boolean store(Order order, Quote quote, String idempotencyKey, String fingerprint, String externalReference) {
        boolean stored = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!orders.insert(order, idempotencyKey, fingerprint, externalReference)) {
                return false;
            }
            if (quote instanceof Quote.Unavailable unavailable) {
                sagas.beginUnpriced(order, unavailable.reason());
            } else {
                sagas.begin(order);
            }
            return true;
        }));
        if (stored) {
            metrics.placed(order.channel());
            if (quote instanceof Quote.Unavailable unavailable) {
                LOG.warn("order {} accepted unpriced: {}", order.id(), unavailable.reason());
            }
        }
        return stored;
    }

    private Order newOrder(OrderRequest request, OrderChannel channel, Quote quote) {
        Instant now = clock.instant();
        Order unpriced = new Order(UUID.randomUUID().toString(), request.customerId(), OrderStatus.PENDING, channel,
                request.lines().stream().map(l -> new OrderLine(l.sku(), l.quantity(), null)).toList(), null, null,
                request.shippingAddress(), request.paymentMethod(), now, now);
        return quote instanceof Quote.Priced priced ? unpriced.pricedAs(priced.lines(), priced.total(), priced.currency()) : unpriced;
    }

    private Placement replay(KeyedOrder earlier, String fingerprint, String idempotencyKey) {
        if (!fingerprint.equals(earlier.requestHash())) {
            throw ProblemException.conflict("Idempotency-Key " + idempotencyKey + " was already used for a different order");
        }
        return new Placement(orders.find(earlier.orderId()).orElseThrow(), true);
    }

    /** The customer a partner names: the user id, or else the e-mail address (lower case) as the customer's id. */
    private static String partnerCustomer(InboundOrder inbound) {
        String customer = inbound.customerId() != null ? inbound.customerId() : inbound.customerEmail().toLowerCase(Locale.ROOT);
        if (customer.length() > CUSTOMER_ID_LIMIT) {
            throw new InvalidEventException("partner order " + inbound.externalReference() + " names its customer by an e-mail of more than "
                    + CUSTOMER_ID_LIMIT + " characters; send customerId instead");
        }
        return customer;
    }

    private static String shortage(List<ShortLine> shortLines) {
        return "Not enough stock for " + shortLines.stream()
                .map(s -> s.sku() + " (" + s.requested() + " requested, " + s.available() + " available)")
                .collect(Collectors.joining(", "));
    }
}
