package com.shop.order.catalog;

/** The catalogue's answer for one sku. */
public sealed interface CatalogAnswer {

    record Found(CatalogProduct product) implements CatalogAnswer {
    }

    record Unknown(String sku) implements CatalogAnswer {
    }

    /** The catalogue did not answer in time, answered with an error, or its circuit breaker is open. */
    record Unavailable(String reason) implements CatalogAnswer {
    }
}
