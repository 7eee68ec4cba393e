package com.shop.connectors.notification;

/** The provider refused the message for good (bad number, unknown device, invalid request): sending it again cannot help. */
public class DeliveryRefusedException extends RuntimeException {

    public DeliveryRefusedException(String message) {
        super(message);
    }
}
