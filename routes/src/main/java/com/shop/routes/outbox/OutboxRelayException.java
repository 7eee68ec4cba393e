package com.shop.routes.outbox;

/** Kafka did not take a batch of outbox events; the batch stays unsent and is tried again. */
public class OutboxRelayException extends RuntimeException {

    public OutboxRelayException(String message, Throwable cause) {
        super(message, cause);
    }
}
