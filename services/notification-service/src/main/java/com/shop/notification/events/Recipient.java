package com.shop.notification.events;

import com.shop.kafka.events.NotificationChannel;

/** Where one message goes: a channel and the address on it (mail address(es), phone number, device token). */
public record Recipient(NotificationChannel channel, String address) {
}
