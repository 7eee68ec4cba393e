package com.shop.inventory.reservation;

import com.shop.inventory.catalog.Product;
import com.shop.inventory.catalog.ProductStore;
import com.shop.inventory.stock.LowStockMonitor;
import com.shop.kafka.events.OrderCancelled;
import com.shop.kafka.events.OrderConfirmed;
import com.shop.kafka.events.ReleaseStock;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ReserveStock;
import com.shop.kafka.events.ShortLine;
import com.shop.kafka.events.StockRejected;
import com.shop.kafka.events.StockReleased;
import com.shop.kafka.events.StockReserved;
import com.shop.routes.idempotency.ProcessedEvents;
import com.shop.routes.outbox.Outbox;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reservations for the order saga. Each handler runs in one transaction with the event's id and the
 * answer it publishes, so a redelivered event changes nothing; a re-sent command (the saga retries
 * overdue steps) gets the same outcome as the first one, without reserving twice.
 */
@Service
public class Reservations {

    private static final Logger LOG = LoggerFactory.getLogger(Reservations.class);

    private final ReservationStore reservations;
    private final ProductStore products;
    private final LowStockMonitor lowStock;
    private final ProcessedEvents processed;
    private final Outbox outbox;
    private final ReservationProperties properties;
    private final ReservationMetrics metrics;
    private final Clock clock;

    Reservations(ReservationStore reservations, ProductStore products, LowStockMonitor lowStock, ProcessedEvents processed,
                 Outbox outbox, ReservationProperties properties, ReservationMetrics metrics, Clock clock) {
        this.reservations = reservations;
        this.products = products;
        this.lowStock = lowStock;
        this.processed = processed;
        this.outbox = outbox;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Reserves every line or none, and answers {@code StockReserved} or {@code StockRejected}. */
    @Transactional
    public void reserve(ReserveStock command, @Header("ce_id") String eventId) {
        if (!processed.firstDelivery("inventory-reserve-stock", eventId)) {
            return;
        }
        String orderId = command.orderId();
        Optional<Reservation> earlier = reservations.lock(orderId);
        if (earlier.isPresent()) {
            answerAgain(earlier.get());
            return;
        }
        List<ReservationLine> wanted = StockCheck.merge(command.lines());
        Map<String, Integer> available = products.lockInSkuOrder(wanted.stream().map(ReservationLine::sku).toList()).stream()
                .collect(Collectors.toMap(Product::sku, p -> p.active() ? p.available() : 0));
        List<ShortLine> shortLines = StockCheck.shortLines(wanted, available);
        Instant now = clock.instant();
        if (!shortLines.isEmpty()) {
            String reason = "out of stock: " + shortLines.stream().map(ShortLine::sku).collect(Collectors.joining(", "));
            reservations.insert(new Reservation(orderId, Reservation.Status.REJECTED, reason, now, wanted));
            outbox.append(orderId, new StockRejected(orderId, shortLines, reason));
            metrics.rejected();
            LOG.debug("rejected order {}: {}", orderId, reason);
            return;
        }
        wanted.forEach(reservations::reserve);
        Instant expiresAt = now.plus(properties.ttl());
        reservations.insert(new Reservation(orderId, Reservation.Status.RESERVED, null, expiresAt, wanted));
        outbox.append(orderId, new StockReserved(orderId, wanted, expiresAt));
        lowStock.check(available.keySet());
        metrics.accepted(wanted.stream().mapToInt(ReservationLine::quantity).sum());
        LOG.debug("reserved order {} until {}", orderId, expiresAt);
    }

    /** The saga's compensation: gives the order's stock back and answers {@code StockReleased}, every time it is asked. */
    @Transactional
    public void release(ReleaseStock command, @Header("ce_id") String eventId) {
        if (!processed.firstDelivery("inventory-release-stock", eventId)) {
            return;
        }
        giveBack(reservations.lock(command.orderId()).stream().toList(), command.reason());
        outbox.append(command.orderId(), new StockReleased(command.orderId(), command.reason()));
    }

    /** A cancelled order frees whatever it still holds; nothing to answer, the order is final. */
    @Transactional
    public void releaseCancelled(OrderCancelled event, @Header("ce_id") String eventId) {
        if (!processed.firstDelivery("inventory-order-cancelled", eventId)) {
            return;
        }
        reservations.lock(event.orderId())
                .filter(r -> r.status() == Reservation.Status.RESERVED || r.status() == Reservation.Status.CONFIRMED)
                .ifPresent(r -> {
                    giveBack(List.of(r), "order cancelled: " + event.reason());
                    outbox.append(r.orderId(), new StockReleased(r.orderId(), "order cancelled: " + event.reason()));
                });
    }

    /** A confirmed order's reservation becomes a sale: the units leave stock on hand. */
    @Transactional
    public void confirm(OrderConfirmed event, @Header("ce_id") String eventId) {
        if (!processed.firstDelivery("inventory-order-confirmed", eventId)) {
            return;
        }
        Optional<Reservation> reservation = reservations.lock(event.orderId());
        if (reservation.isEmpty() || reservation.get().status() != Reservation.Status.RESERVED) {
            LOG.warn("order {} was confirmed but holds no reservation ({}); nothing to deduct", event.orderId(),
                    reservation.map(r -> r.status().name()).orElse("none"));
            return;
        }
        lockStock(List.of(reservation.get()));
        reservation.get().lines().stream().filter(line -> !reservations.sell(line, event.orderId()))
                .forEach(line -> warnStockGone(event.orderId(), line, "deducted from stock"));
        reservations.setStatus(event.orderId(), Reservation.Status.CONFIRMED, null);
        metrics.confirmed();
        LOG.debug("order {} confirmed: reservation turned into a sale", event.orderId());
    }

    /** Releases reservations whose order was not confirmed in time, a batch in one transaction; returns how many. */
    @Transactional
    public int expireOverdue() {
        List<Reservation> overdue = reservations.lockExpired(clock.instant(), properties.sweepBatch()).stream()
                .flatMap(orderId -> reservations.lock(orderId).stream())
                .toList();
        giveBack(overdue, "reservation expired");
        overdue.forEach(r -> outbox.append(r.orderId(), new StockReleased(r.orderId(), "reservation expired")));
        return overdue.size();
    }

    /** Gives back what the reservations still hold, having locked all their stock rows first. */
    private void giveBack(List<Reservation> held, String reason) {
        List<Reservation> holding = held.stream()
                .filter(r -> r.status() == Reservation.Status.RESERVED || r.status() == Reservation.Status.CONFIRMED)
                .toList();
        lockStock(holding);
        for (Reservation reservation : holding) {
            reservation.lines().forEach(line -> giveBack(reservation, line));
            reservations.setStatus(reservation.orderId(), Reservation.Status.RELEASED, reason);
            lowStock.check(reservation.lines().stream().map(ReservationLine::sku).toList());
            metrics.released(reason.startsWith("reservation expired") ? "expired" : "released");
            LOG.debug("released order {}: {}", reservation.orderId(), reason);
        }
    }

    /** Frees a reserved line's units, or puts a confirmed one's back on hand. */
    private void giveBack(Reservation reservation, ReservationLine line) {
        boolean open = reservation.status() == Reservation.Status.RESERVED;
        if (open ? !reservations.unreserve(line) : !reservations.takeBack(line, reservation.orderId())) {
            warnStockGone(reservation.orderId(), line, open ? "unreserved" : "returned to stock");
        }
    }

    /**
     * A line whose product row is gone (deleted by hand or by an earlier version) or re-created without its units: the
     * step goes on for the other lines and the order, so that the saga gets its answer and the partition keeps flowing.
     */
    private static void warnStockGone(String orderId, ReservationLine line, String step) {
        LOG.warn("order {}: {} x {} not {}: the product is gone or no longer holds them (deleted or re-created)",
                orderId, line.quantity(), line.sku(), step);
    }

    /**
     * Locks the stock rows of the reservations' products all at once, in sku order as {@link #reserve} does: every
     * transaction that changes several stock rows takes them in that one order, so two can wait for each other but
     * never deadlock.
     */
    private void lockStock(List<Reservation> held) {
        List<String> skus = held.stream().flatMap(r -> r.lines().stream()).map(ReservationLine::sku).distinct().toList();
        if (!skus.isEmpty()) {
            products.lockInSkuOrder(skus);
        }
    }

    private static List<ShortLine> unfilled(Reservation reservation) {
        return reservation.lines().stream().map(l -> new ShortLine(l.sku(), l.quantity(), 0)).toList();
    }

    private void answerAgain(Reservation earlier) {
        String orderId = earlier.orderId();
        switch (earlier.status()) {
            case RESERVED, CONFIRMED -> outbox.append(orderId, new StockReserved(orderId, earlier.lines(), earlier.expiresAt()));
            case REJECTED -> outbox.append(orderId, new StockRejected(orderId, unfilled(earlier), earlier.reason()));
            case RELEASED -> outbox.append(orderId, new StockRejected(orderId, unfilled(earlier),
                    "the reservation was already released: " + earlier.reason()));
        }
    }
}
