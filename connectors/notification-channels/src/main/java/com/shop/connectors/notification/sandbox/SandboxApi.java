package com.shop.connectors.notification.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The sandbox's HTTP face: the SMS provider's and the push gateway's APIs, and what an operator needs to see and
 * switch ({@code GET /sms/messages}, {@code /push/messages}, {@code /mail/messages}, {@code POST /admin/outage/<sms|push>/<on|off>}).
 */
final class SandboxApi implements HttpHandler {

    private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final ProviderState sms;
    private final ProviderState push;
    private final Supplier<Object> mailbox;

    SandboxApi(ProviderState sms, ProviderState push, Supplier<Object> mailbox) {
        this.sms = sms;
        this.push = push;
        this.mailbox = mailbox;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String operation = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            Reply reply = switch (operation) {
                case "POST /sms/v1/messages" -> sendSms(body(exchange));
                case "POST /push/v1/send" -> sendPush(body(exchange));
                case "GET /sms/messages" -> new Reply(200, sms.received());
                case "GET /push/messages" -> new Reply(200, push.received());
                case "GET /mail/messages" -> new Reply(200, mailbox.get());
                case "GET /admin/outage" -> outages();
                case "POST /admin/outage/sms/on" -> switchOutage(sms, true);
                case "POST /admin/outage/sms/off" -> switchOutage(sms, false);
                case "POST /admin/outage/push/on" -> switchOutage(push, true);
                case "POST /admin/outage/push/off" -> switchOutage(push, false);
                case "GET /health" -> new Reply(200, Map.of("status", "UP"));
                default -> error(404, "not_found", "no operation " + operation);
            };
            byte[] bytes = JSON.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private Reply sendSms(JsonNode request) {
        if (sms.down()) {
            return error(503, "service_unavailable", "the SMS provider is down");
        }
        String to = request.path("to").asText("");
        String text = request.path("text").asText("");
        if (!E164.matcher(to).matches()) {
            return error(400, "invalid_number", "'" + to + "' is not an E.164 phone number");
        }
        if (text.isBlank()) {
            return error(400, "missing_text", "the message has no text");
        }
        ReceivedText message = sms.accept(to, null, text);
        return new Reply(201, Map.of("id", message.id(), "status", "queued"));
    }

    private Reply sendPush(JsonNode request) {
        if (push.down()) {
            return error(503, "service_unavailable", "the push gateway is down");
        }
        String token = request.path("token").asText("");
        String title = request.path("title").asText("");
        if (token.isBlank() || title.isBlank()) {
            return error(400, "invalid_request", "token and title are required");
        }
        if (token.startsWith("unregistered")) {
            return error(404, "unregistered_device", "no device is registered under this token");
        }
        ReceivedText message = push.accept(token, title, request.path("body").asText(""));
        return new Reply(200, Map.of("id", message.id()));
    }

    private Reply switchOutage(ProviderState provider, boolean on) {
        provider.outage(on);
        return outages();
    }

    private Reply outages() {
        return new Reply(200, Map.of("sms", Map.of("down", sms.down()), "push", Map.of("down", push.down())));
    }

    private static JsonNode body(HttpExchange exchange) throws IOException {
        byte[] bytes = exchange.getRequestBody().readAllBytes();
        try {
            return bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
        } catch (IOException notJson) {
            return JSON.createObjectNode();
        }
    }

    private static Reply error(int status, String code, String message) {
        return new Reply(status, Map.of("error", Map.of("code", code, "message", message)));
    }

    private record Reply(int status, Object body) {
    }
}
