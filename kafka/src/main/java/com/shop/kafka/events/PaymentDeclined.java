package com.shop.kafka.events;

/** The provider refused the payment, or it could not be made; the order will be cancelled. */
public record PaymentDeclined(String orderId, String reason) {
}
