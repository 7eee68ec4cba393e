package com.shop.notification.events;

/**
 * The event names a user or order this service has not heard of yet (its event on another topic is still on the
 * way): the consumer retries it with backoff, and dead-letters it if it never becomes known.
 */
public class UnknownRecipientException extends RuntimeException {

    public UnknownRecipientException(String message) {
        super(message);
    }
}
