package com.shop.inventory.stock;

import com.shop.kafka.InvalidEventException;

/** A warehouse delivered a sku the catalogue does not have: the record cannot be applied, however often it is tried. */
public class UnknownProductDeliveryException extends InvalidEventException {

    public UnknownProductDeliveryException(String sku) {
        super("delivery for unknown sku " + sku);
    }
}
