package com.shop.notification.events;

import java.util.List;
import java.util.Map;

/**
 * A message to send about one event: what it tells ({@code kind}, whose template renders {@code model}), whose it is
 * ({@code userId}; null for messages to the admins) and where it goes.
 */
public record Notice(NoticeKind kind, String userId, Map<String, Object> model, List<Recipient> recipients) {

    public Notice {
        model = Map.copyOf(model);
        recipients = List.copyOf(recipients);
    }

    public String template() {
        return kind.template();
    }
}
