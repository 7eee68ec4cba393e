package com.shop.connectors.notification.sandbox;

import java.time.Instant;

/** A message the SMS or push sandbox accepted: its id, where it went ({@code to}: number or device token), title and text. */
public record ReceivedText(String id, String to, String title, String text, Instant receivedAt) {
}
