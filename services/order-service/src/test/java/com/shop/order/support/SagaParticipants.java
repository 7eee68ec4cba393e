package com.shop.order.support;

import com.shop.kafka.EventCodec;
import com.shop.kafka.events.AuthorizePayment;
import com.shop.kafka.events.PaymentAuthorized;
import com.shop.kafka.events.PaymentDeclined;
import com.shop.kafka.events.PaymentRefunded;
import com.shop.kafka.events.RefundPayment;
import com.shop.kafka.events.ReleaseStock;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ReserveStock;
import com.shop.kafka.events.ShortLine;
import com.shop.kafka.events.StockRejected;
import com.shop.kafka.events.StockReleased;
import com.shop.kafka.events.StockReserved;
import com.shop.platform.embedded.KafkaTestClient;
import com.shop.routes.testing.TestEvents;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inventory and payment as the order saga meets them on the wire: a real Kafka consumer of
 * {@code inventory.commands} and {@code payments.commands} that answers each command on the real event
 * topics, as each product's and each card's scripted behaviour says (by default: reserve, release,
 * authorize, refund). Commands the script leaves unanswered let tests publish answers themselves.
 */
public final class SagaParticipants {

    private static final Logger LOG = LoggerFactory.getLogger(SagaParticipants.class);

    /** How inventory answers for a product. */
    public enum Stock { RESERVES, REJECTS, SILENT, NEVER_RELEASES }

    /** How payment answers for a card (payment method token). */
    public enum Card { AUTHORIZES, DECLINES, SILENT, NEVER_REFUNDS }

    private final Map<String, Stock> stock = new ConcurrentHashMap<>();
    private final Map<String, Card> cards = new ConcurrentHashMap<>();
    private final Map<String, List<ReservationLine>> reservedLines = new ConcurrentHashMap<>();
    private final Map<String, AuthorizePayment> authorizations = new ConcurrentHashMap<>();
    private final EventCodec codec = new EventCodec();
    private final TestEvents answers;
    private final KafkaConsumer<String, String> consumer;
    private final Thread thread;

    private SagaParticipants(String bootstrapServers) {
        answers = new TestEvents(new KafkaTestClient(bootstrapServers), "order-service-test");
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "order-test-participants-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        thread = new Thread(this::run, "saga-participants");
        thread.setDaemon(true);
    }

    /** Starts answering on a daemon thread, for as long as the test JVM runs. */
    public static SagaParticipants start(String bootstrapServers) {
        SagaParticipants participants = new SagaParticipants(bootstrapServers);
        participants.thread.start();
        return participants;
    }

    public void stock(String sku, Stock behaviour) {
        stock.put(sku, behaviour);
    }

    public void card(String paymentMethod, Card behaviour) {
        cards.put(paymentMethod, behaviour);
    }

    private void run() {
        consumer.subscribe(List.of("inventory.commands", "payments.commands"));
        while (true) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                try {
                    answer(codec.read(KafkaTestClient.header(record, "ce_type"), record.value()));
                } catch (RuntimeException e) {
                    LOG.error("the test participants could not answer {} of {}", KafkaTestClient.header(record, "ce_type"), record.key(), e);
                }
            }
        }
    }

    private void answer(Record command) {
        if (command instanceof ReserveStock reserve) {
            reservedLines.put(reserve.orderId(), reserve.lines());
            Stock behaviour = behaviourOf(reserve.lines());
            if (behaviour == Stock.REJECTS) {
                List<ShortLine> shortLines = reserve.lines().stream().filter(l -> stock.get(l.sku()) == Stock.REJECTS)
                        .map(l -> new ShortLine(l.sku(), l.quantity(), 0)).toList();
                answers.publish(reserve.orderId(), new StockRejected(reserve.orderId(), shortLines,
                        "out of stock: " + String.join(", ", shortLines.stream().map(ShortLine::sku).toList())));
            } else if (behaviour != Stock.SILENT) {
                answers.publish(reserve.orderId(),
                        new StockReserved(reserve.orderId(), reserve.lines(), Instant.now().plusSeconds(900)));
            }
        } else if (command instanceof ReleaseStock release) {
            if (behaviourOf(reservedLines.getOrDefault(release.orderId(), List.of())) != Stock.NEVER_RELEASES) {
                answers.publish(release.orderId(), new StockReleased(release.orderId(), release.reason()));
            }
        } else if (command instanceof AuthorizePayment authorize) {
            authorizations.put(authorize.orderId(), authorize);
            switch (cards.getOrDefault(authorize.paymentMethod(), Card.AUTHORIZES)) {
                case DECLINES -> answers.publish(authorize.orderId(),
                        new PaymentDeclined(authorize.orderId(), "card declined by the issuer"));
                case SILENT -> {
                }
                default -> answers.publish(authorize.orderId(), new PaymentAuthorized(authorize.orderId(),
                        "pay-" + authorize.orderId(), authorize.amount(), authorize.currency(), "provider-" + authorize.orderId()));
            }
        } else if (command instanceof RefundPayment refund) {
            AuthorizePayment authorized = authorizations.get(refund.orderId());
            if (authorized != null && cards.getOrDefault(authorized.paymentMethod(), Card.AUTHORIZES) != Card.NEVER_REFUNDS) {
                answers.publish(refund.orderId(), new PaymentRefunded(refund.orderId(), "pay-" + refund.orderId(),
                        refund.amount(), refund.currency()));
            }
        }
    }

    /** The most telling behaviour among the products of an order's lines. */
    private Stock behaviourOf(List<ReservationLine> lines) {
        return lines.stream().map(l -> stock.getOrDefault(l.sku(), Stock.RESERVES))
                .filter(b -> b != Stock.RESERVES).findFirst().orElse(Stock.RESERVES);
    }
}
