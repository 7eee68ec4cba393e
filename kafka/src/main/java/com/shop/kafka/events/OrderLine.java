package com.shop.kafka.events;

import java.math.BigDecimal;

/** One priced line of an order; the currency is the order's. */
public record OrderLine(String sku, int quantity, BigDecimal unitPrice) {
}
