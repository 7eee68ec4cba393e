package com.shop.connectors.notification.sandbox;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** What one simulated provider (SMS or push) accepted, oldest first, and whether it is switched into an outage. */
public final class ProviderState {

    private final String idPrefix;
    private final Clock clock;
    private final List<ReceivedText> received = new CopyOnWriteArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong ids = new AtomicLong();

    ProviderState(String idPrefix, Clock clock) {
        this.idPrefix = idPrefix;
        this.clock = clock;
    }

    ReceivedText accept(String to, String title, String text) {
        ReceivedText message = new ReceivedText(idPrefix + ids.incrementAndGet(), to, title, text, clock.instant());
        received.add(message);
        return message;
    }

    public List<ReceivedText> received() {
        return List.copyOf(received);
    }

    public boolean down() {
        return down.get();
    }

    public void outage(boolean on) {
        down.set(on);
    }
}
