package com.shop.connectors.notification;

/** No answer about the message could be had (timeout, connection refused, 5xx, throttled): it may go through later. */
public class ChannelUnavailableException extends RuntimeException {

    public ChannelUnavailableException(String message) {
        super(message);
    }

    public ChannelUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
