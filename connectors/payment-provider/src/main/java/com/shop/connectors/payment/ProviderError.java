package com.shop.connectors.payment;

/**
 * The error the provider answers with, as {@code {"error": {...}}}: its {@code type} ({@code card_error},
 * {@code invalid_request_error}, {@code api_error}), a machine-readable {@code code} and a message for humans.
 */
public record ProviderError(String type, String code, String message) {

    /** The JSON envelope around an error. */
    public record Envelope(ProviderError error) {
    }
}
