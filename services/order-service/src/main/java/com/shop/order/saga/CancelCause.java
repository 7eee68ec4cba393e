package com.shop.order.saga;

import java.util.Locale;

/** Why an order was cancelled, as a metric tag: few values, unlike the reason text in the history. */
public enum CancelCause {
    OUT_OF_STOCK,
    PAYMENT_DECLINED,
    CUSTOMER,
    TIMEOUT,
    PRICING,
    STOCK_EXPIRED,
    OPERATOR;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
