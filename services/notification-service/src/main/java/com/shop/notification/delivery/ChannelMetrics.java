package com.shop.notification.delivery;

import com.shop.kafka.events.NotificationChannel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

/** Per channel: messages sent, failed (for good or after every attempt), retried, and how long a send took. */
@Component
public class ChannelMetrics {

    private final MeterRegistry registry;

    ChannelMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (NotificationChannel channel : NotificationChannel.values()) {
            counter("notifications.sent", "Messages the channel's provider accepted", channel);
            counter("notifications.retried", "Attempts repeated after a transient failure", channel);
        }
    }

    void sent(NotificationChannel channel, Duration latency) {
        counter("notifications.sent", "Messages the channel's provider accepted", channel).increment();
        latency(channel, "sent", latency);
    }

    void failed(NotificationChannel channel, boolean permanent) {
        Counter.builder("notifications.failed").description("Messages given up on")
                .tag("channel", name(channel)).tag("permanent", Boolean.toString(permanent)).register(registry).increment();
    }

    /** Counts a delivery postponed after its provider gave no answer: it will be tried again. */
    void retried(NotificationChannel channel) {
        counter("notifications.retried", "Attempts repeated after a transient failure", channel).increment();
    }

    void latency(NotificationChannel channel, String result, Duration latency) {
        Timer.builder("notifications.latency").description("Time of a send through the channel's provider")
                .tag("channel", name(channel)).tag("result", result).register(registry).record(latency);
    }

    private Counter counter(String meter, String description, NotificationChannel channel) {
        return Counter.builder(meter).description(description).tag("channel", name(channel)).register(registry);
    }

    private static String name(NotificationChannel channel) {
        return channel.name().toLowerCase(Locale.ROOT);
    }
}
