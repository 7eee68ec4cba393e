package com.shop.order.saga;

import com.shop.order.store.OrderChannel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Locale;

/**
 * Business metrics beside Camel's per-route ones: orders placed, confirmed, cancelled by cause and failed,
 * and how long each saga step took. Counted when the transaction that changed the order commits.
 */
@Component
public class OrderMetrics {

    private final MeterRegistry registry;
    private final Counter confirmed;

    OrderMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.confirmed = Counter.builder("orders.confirmed").description("Orders confirmed").register(registry);
        for (OrderChannel channel : OrderChannel.values()) {
            placedCounter(channel);
        }
        for (CancelCause cause : CancelCause.values()) {
            cancelledCounter(cause);
        }
    }

    public void placed(OrderChannel channel) {
        afterCommit(() -> placedCounter(channel).increment());
    }

    void moved(Saga from, Saga to, Duration inStep) {
        if (from.state() == to.state()) {
            return;
        }
        afterCommit(() -> {
            Timer.builder("order.saga.step.duration").description("Time a saga spent in a step, by the step and where it went next")
                    .tag("step", tag(from.state())).tag("outcome", tag(to.state())).register(registry).record(inStep);
            switch (to.state()) {
                case CONFIRMED -> confirmed.increment();
                case CANCELLED -> cancelledCounter(to.cause() == null ? CancelCause.OPERATOR : to.cause()).increment();
                case FAILED -> Counter.builder("orders.failed").description("Sagas whose compensation failed, by step")
                        .tag("step", tag(to.failedStep())).register(registry).increment();
                default -> {
                }
            }
        });
    }

    private Counter placedCounter(OrderChannel channel) {
        return Counter.builder("orders.placed").description("Orders accepted").tag("channel", channel.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    private Counter cancelledCounter(CancelCause cause) {
        return Counter.builder("orders.cancelled").description("Orders cancelled, by reason").tag("reason", cause.tag())
                .register(registry);
    }

    private static String tag(SagaState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static void afterCommit(Runnable count) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
