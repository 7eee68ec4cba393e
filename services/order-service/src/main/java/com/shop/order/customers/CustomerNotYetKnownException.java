package com.shop.order.customers;

import java.util.List;

/**
 * A partner's order names a customer id the projection does not know yet, while it has not applied every record
 * {@code users.events} held when the order came: the account may be among them. A transient failure, retried.
 */
public class CustomerNotYetKnownException extends RuntimeException {

    public CustomerNotYetKnownException(String externalReference, String customerId, List<String> behind) {
        super("partner order " + externalReference + " names customer " + customerId + ", not known yet: the customer projection"
                + " has not applied users.events as far as it went when the order came (" + String.join(", ", behind) + ")");
    }
}
