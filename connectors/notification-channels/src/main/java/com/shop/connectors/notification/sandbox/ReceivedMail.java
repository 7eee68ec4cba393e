package com.shop.connectors.notification.sandbox;

import java.util.List;

/** A mail the SMTP sandbox received: sender, recipients, subject and plain-text body. */
public record ReceivedMail(String from, List<String> to, String subject, String body) {
}
