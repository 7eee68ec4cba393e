package com.shop.order.saga;

import com.shop.kafka.events.AuthorizePayment;
import com.shop.kafka.events.OrderCancelled;
import com.shop.kafka.events.OrderConfirmed;
import com.shop.kafka.events.OrderLine;
import com.shop.kafka.events.OrderPlaced;
import com.shop.kafka.events.RefundPayment;
import com.shop.kafka.events.ReleaseStock;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ReserveStock;
import com.shop.order.store.Order;
import com.shop.routes.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Turns a transition's actions into the commands and events of the Kafka contract, written to the
 * outbox in the transaction of the transition and keyed by the order id, so they leave in order.
 */
@Component
class SagaCommands {

    /** The contract's limit on reason texts. */
    private static final int REASON_LIMIT = 500;

    private final Outbox outbox;

    SagaCommands(Outbox outbox) {
        this.outbox = outbox;
    }

    void send(Order order, List<SagaAction> actions, Instant now) {
        String id = order.id();
        for (SagaAction action : actions) {
            Record message;
            if (action instanceof SagaAction.ReserveStock) {
                message = new ReserveStock(id, order.lines().stream().map(l -> new ReservationLine(l.sku(), l.quantity())).toList());
            } else if (action instanceof SagaAction.AuthorizePayment) {
                message = new AuthorizePayment(id, order.customerId(), order.total(), order.currency(), order.paymentMethod());
            } else if (action instanceof SagaAction.ReleaseStock release) {
                message = new ReleaseStock(id, brief(release.reason()));
            } else if (action instanceof SagaAction.RefundPayment refund) {
                message = new RefundPayment(id, order.total(), order.currency(), brief(refund.reason()));
            } else if (action instanceof SagaAction.AnnouncePlaced) {
                message = new OrderPlaced(id, order.customerId(), pricedLines(order), order.total(), order.currency(),
                        order.shippingAddress(), order.placedAt());
            } else if (action instanceof SagaAction.AnnounceConfirmed) {
                message = new OrderConfirmed(id, order.customerId(), pricedLines(order), order.total(), order.currency(), now);
            } else if (action instanceof SagaAction.AnnounceCancelled cancelled) {
                message = new OrderCancelled(id, order.customerId(), brief(cancelled.reason()), now, cancelled.refunded());
            } else {
                throw new IllegalArgumentException("unknown saga action " + action);
            }
            outbox.append(id, message);
        }
    }

    private static List<OrderLine> pricedLines(Order order) {
        if (!order.priced()) {
            throw new IllegalStateException("order " + order.id() + " cannot be announced before it is priced");
        }
        return order.lines();
    }

    private static String brief(String reason) {
        return reason.length() <= REASON_LIMIT ? reason : reason.substring(0, REASON_LIMIT - 1) + "…";
    }
}
