package com.shop.notification.delivery;

import com.shop.kafka.CloudEventHeaders;
import com.shop.kafka.events.NotificationFailed;
import com.shop.kafka.events.NotificationSent;
import com.shop.notification.channels.SendResult;
import com.shop.notification.events.Notice;
import com.shop.notification.events.Recipient;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deliveries of messages. Each (event, channel) is recorded once, before anything is sent, so a redelivered
 * event sends nothing twice. Every attempt is logged with its outcome; a sent or given-up delivery is announced
 * through the outbox. A channel that cannot be reached only postpones its own deliveries: they wait in the database
 * and the scheduled retry sends them once the provider is back.
 */
@Service
public class Deliveries {

    /** Exchange property holding the {@link Notice} being planned. */
    public static final String NOTICE = "notificationNotice";
    /** Exchange property holding the {@link Delivery} being sent. */
    public static final String DELIVERY = "notificationDelivery";
    /** Exchange property holding {@link System#nanoTime()} when the current send started. */
    public static final String STARTED = "notificationStartedAt";
    private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);
    private static final int MAX_REASON = 500;

    private final DeliveryStore store;
    private final Outbox outbox;
    private final ChannelMetrics metrics;
    private final DeliveryProperties properties;
    private final Clock clock;

    Deliveries(DeliveryStore store, Outbox outbox, ChannelMetrics metrics, DeliveryProperties properties, Clock clock) {
        this.store = store;
        this.outbox = outbox;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records a delivery per recipient of the rendered notice, unless the event already has one on that channel; returns the new ones. */
    @Transactional
    public List<Delivery> plan(@ExchangeProperty(NOTICE) Notice notice, @Body String rendered,
                             @Header(CloudEventHeaders.ID) String eventId, @Header(CloudEventHeaders.TYPE) String eventType) {
        RenderedMessage message = RenderedMessage.parse(rendered);
        Instant now = clock.instant();
        List<Delivery> planned = new ArrayList<>();
        for (Recipient recipient : notice.recipients()) {
            Delivery delivery = new Delivery(UUID.randomUUID(), eventId, eventType, recipient.channel(), notice.userId(),
                    recipient.address(), message.subject(), message.shortText(), message.body(), Delivery.Status.PENDING, 0, null,
                    null, now.plus(properties.lease()), now, null);
            if (store.insertIfNew(delivery)) {
                planned.add(delivery);
            } else {
                LOG.info("event {} already has its {} message: not sent again", eventId, recipient.channel());
            }
        }
        return planned;
    }

    /** A claimed delivery when it still waits to go out; null when it was sent or given up meanwhile. */
    public Delivery pending(@Body String deliveryId) {
        return store.find(UUID.fromString(deliveryId)).filter(d -> d.status() == Delivery.Status.PENDING).orElse(null);
    }

    /** Records the provider's answer: the message was accepted or refused for good. */
    @Transactional
    public void answered(@ExchangeProperty(DELIVERY) Delivery delivery, @Body SendResult result, @ExchangeProperty(STARTED) long started) {
        if (result.accepted()) {
            sent(delivery, result, started);
        } else {
            refused(delivery, result, started);
        }
    }

    /** The provider accepted the message (under its reference, when it gives one). */
    private void sent(Delivery delivery, SendResult result, long started) {
        Duration latency = since(started);
        Instant now = clock.instant();
        store.lock(delivery.id()).filter(d -> d.status() == Delivery.Status.PENDING).ifPresent(d -> {
            int attempt = d.attempts() + 1;
            String providerReference = result.detail();
            store.sent(d.id(), attempt, providerReference, now);
            store.addAttempt(d.id(), attempt, "SENT", providerReference, latency.toMillis(), now);
            outbox.append(d.id().toString(), new NotificationSent(d.id().toString(), d.channel(), d.recipient(), d.eventId(), now));
            metrics.sent(d.channel(), latency);
            LOG.info("{} message {} of event {} sent to {}", d.channel(), d.id(), d.eventId(), d.recipient());
        });
    }

    /** The provider refused the message for good: it is recorded as failed and never tried again. */
    private void refused(Delivery delivery, SendResult result, long started) {
        Duration latency = since(started);
        Instant now = clock.instant();
        String reason = truncate(String.valueOf(result.detail()));
        store.lock(delivery.id()).filter(d -> d.status() == Delivery.Status.PENDING).ifPresent(d -> {
            int attempt = d.attempts() + 1;
            store.failed(d.id(), attempt, reason, now);
            store.addAttempt(d.id(), attempt, "REFUSED", reason, latency.toMillis(), now);
            giveUp(d, reason, true);
            metrics.latency(d.channel(), "refused", latency);
            LOG.warn("{} message {} of event {} refused for good: {}", d.channel(), d.id(), d.eventId(), reason);
        });
    }

    /**
     * The channel could not be reached (the provider failed, or its circuit breaker is open and did not ask it): the
     * delivery waits and is tried again later, or is given up after the last attempt.
     */
    @Transactional
    public void postpone(Exchange exchange) {
        Delivery delivery = exchange.getProperty(DELIVERY, Delivery.class);
        long started = exchange.getProperty(STARTED, 0L, Long.class);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        // a call the open breaker rejected reaches the fallback without an exception: nothing failed, nothing was asked
        boolean circuitOpen = cause == null || ObjectHelper.getException(CallNotPermittedException.class, cause) != null;
        String reason = truncate(circuitOpen ? "the circuit breaker towards the " + delivery.channel() + " provider is open"
                : String.valueOf(cause.getMessage()));
        Instant now = clock.instant();
        store.lock(delivery.id()).filter(d -> d.status() == Delivery.Status.PENDING).ifPresent(d -> {
            int attempt = d.attempts() + 1;
            store.addAttempt(d.id(), attempt, circuitOpen ? "CIRCUIT_OPEN" : "UNAVAILABLE", reason, since(started).toMillis(), now);
            if (attempt >= properties.maximumAttempts()) {
                store.failed(d.id(), attempt, reason, now);
                giveUp(d, "gave up after " + attempt + " attempts: " + reason, false);
                LOG.error("{} message {} of event {} given up after {} attempts: {}", d.channel(), d.id(), d.eventId(), attempt, reason);
                return;
            }
            Instant next = now.plus(properties.delayAfter(attempt));
            store.postponed(d.id(), attempt, reason, next, now);
            metrics.retried(d.channel());
            LOG.warn("{} message {} of event {} waits for its provider ({}); next attempt at {}", d.channel(), d.id(), d.eventId(),
                    reason, next);
        });
    }

    /** Takes the deliveries whose next attempt is due; returns their ids. */
    @Transactional
    public List<String> claimDue() {
        Instant now = clock.instant();
        return store.claimDue(now, now.plus(properties.lease()), properties.batchSize()).stream().map(UUID::toString).toList();
    }

    private void giveUp(Delivery d, String reason, boolean permanent) {
        outbox.append(d.id().toString(), new NotificationFailed(d.id().toString(), d.channel(), d.eventId(), truncate(reason), permanent));
        metrics.failed(d.channel(), permanent);
    }

    private static Duration since(long startedNanos) {
        return startedNanos == 0 ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static String truncate(String text) {
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }
}
