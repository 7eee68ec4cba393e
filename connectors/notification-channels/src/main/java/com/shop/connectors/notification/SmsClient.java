package com.shop.connectors.notification;

import java.util.Map;

/**
 * Sends text messages through an SMS provider's HTTP API, in the shape most of them share:
 * {@code POST /sms/v1/messages} with {@code {"from","to","text"}}, answered {@code 201 {"id","status"}}.
 */
public final class SmsClient {

    private final ChannelHttp http;
    private final String sender;

    public SmsClient(ChannelSettings settings, String sender) {
        this.http = new ChannelHttp(settings);
        this.sender = sender;
    }

    /** Sends {@code text} to the E.164 number {@code to}; returns the provider's message id. */
    public String send(String to, String text) {
        return http.post("/sms/v1/messages", Map.of("from", sender, "to", to, "text", text)).path("id").asText();
    }
}
