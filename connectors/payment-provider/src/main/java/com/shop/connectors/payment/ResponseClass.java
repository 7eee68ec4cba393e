package com.shop.connectors.payment;

/** How an HTTP answer of the provider counts. */
public enum ResponseClass {
    /** The request was carried out. */
    APPROVED,
    /** Refused for good (the card was declined, the request is invalid): repeating it gives the same answer. */
    DECLINED,
    /** No decision was made or it is unknown: the same request may succeed later. */
    TRANSIENT
}
