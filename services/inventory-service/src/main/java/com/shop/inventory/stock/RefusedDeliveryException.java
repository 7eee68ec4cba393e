package com.shop.inventory.stock;

import com.shop.kafka.InvalidEventException;

/**
 * A warehouse delivery that cannot be applied, however often it is tried: a sku the catalogue does not have, or more
 * units than the product can count. It goes to the dead-letter topic at once, saying why.
 */
public class RefusedDeliveryException extends InvalidEventException {

    public RefusedDeliveryException(String message) {
        super(message);
    }
}
