package com.shop.connectors.notification;

import java.util.Map;

/**
 * Sends notifications to devices through a push gateway's HTTP API: {@code POST /push/v1/send} with
 * {@code {"token","title","body"}}, answered {@code 200 {"id"}}; an unknown device token is refused with a 404.
 */
public final class PushClient {

    private final ChannelHttp http;

    public PushClient(ChannelSettings settings) {
        this.http = new ChannelHttp(settings);
    }

    /** Shows {@code title} and {@code body} on the device of {@code token}; returns the gateway's message id. */
    public String send(String token, String title, String body) {
        return http.post("/push/v1/send", Map.of("token", token, "title", title, "body", body)).path("id").asText();
    }
}
