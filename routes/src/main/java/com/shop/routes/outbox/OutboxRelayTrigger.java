package com.shop.routes.outbox;

import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the relay route right after a transaction with outbox rows commits, on a thread of its own, so
 * events leave within milliseconds instead of waiting for the next poll. Wake-ups that arrive while a
 * run is queued are folded into it.
 */
public class OutboxRelayTrigger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelayTrigger.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "outbox-relay-trigger");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ProducerTemplate template;
    private final String relayEndpoint;

    public OutboxRelayTrigger(ProducerTemplate template, String relayEndpoint) {
        this.template = template;
        this.relayEndpoint = relayEndpoint;
    }

    public void wake() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                try {
                    template.sendBody(relayEndpoint, null);
                } catch (RuntimeException e) {
                    LOG.debug("outbox relay run failed (the route logged why); the next poll retries", e);
                }
            });
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
