package com.shop.order.customers;

import com.shop.kafka.InvalidEventException;

/**
 * A partner's order names a customer id that no account has: the projection applied every record {@code users.events}
 * held when the order came, and none registered it. The record goes to the dead-letter topic at once, so that it holds up
 * no other partner's order; an operator replays it once the account exists.
 */
public class UnknownCustomerException extends InvalidEventException {

    public UnknownCustomerException(String externalReference, String customerId) {
        super("partner order " + externalReference + " names customer " + customerId
                + ", who has no account; register the user and replay this record, or name the customer by customerEmail");
    }
}
