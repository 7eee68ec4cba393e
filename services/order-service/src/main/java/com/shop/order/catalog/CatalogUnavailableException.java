package com.shop.order.catalog;

/** The catalogue answered, but not with a product or a 404: a failure the circuit breaker counts. */
class CatalogUnavailableException extends RuntimeException {

    CatalogUnavailableException(String message) {
        super(message);
    }
}
