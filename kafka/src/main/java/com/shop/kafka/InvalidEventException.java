package com.shop.kafka;

/**
 * A poison record: its value can never be applied however often it is retried (bad JSON, unknown
 * type, schema violation). Consumers send it straight to the dead-letter topic; the message says why.
 */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
