package com.shop.notification.channels;

/**
 * The provider's answer to a message: accepted (with its reference, when it gives one) or refused for good (with the
 * reason). A provider that gave no answer is a {@link com.shop.connectors.notification.ChannelUnavailableException}
 * instead, so that only unavailability counts against the channel's circuit breaker.
 */
public record SendResult(boolean accepted, String detail) {

    public static SendResult accepted(String reference) {
        return new SendResult(true, reference);
    }

    public static SendResult refused(String reason) {
        return new SendResult(false, reason);
    }
}
