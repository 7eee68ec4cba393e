package com.shop.payment.api;

import java.util.List;

/** One page of a payment listing. */
public record PaymentPage(List<PaymentView> items, int page, int size, long total) {
}
