package com.shop.connectors.payment;

/**
 * The provider could not give an answer now (timeout, connection refused, 5xx, throttled): the outcome is
 * unknown, and repeating the request with the same idempotency key is safe.
 */
public class ProviderUnavailableException extends RuntimeException {

    public ProviderUnavailableException(String message) {
        super(message);
    }

    public ProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
