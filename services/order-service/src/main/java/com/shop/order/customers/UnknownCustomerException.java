package com.shop.order.customers;

/**
 * A partner's order names a customer id that no account has, as far as {@code users.events} has told this service so
 * far. It is retried like any failure (the account may have been opened a moment ago) and then dead-lettered.
 */
public class UnknownCustomerException extends RuntimeException {

    public UnknownCustomerException(String externalReference, String customerId) {
        super("partner order " + externalReference + " names customer " + customerId
                + ", who has no account; register the user, or name the customer by customerEmail");
    }
}
