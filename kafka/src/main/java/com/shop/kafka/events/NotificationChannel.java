package com.shop.kafka.events;

/** The ways the platform can reach a customer. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    PUSH
}
