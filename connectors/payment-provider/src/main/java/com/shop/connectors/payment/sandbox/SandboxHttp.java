package com.shop.connectors.payment.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Reads JSON requests and writes JSON answers on the JDK HTTP server. A delayed answer is written later by
 * the scheduler, so a slow answer holds no request thread.
 */
final class SandboxHttp {

    private static final System.Logger LOG = System.getLogger(SandboxHttp.class.getName());

    private final ObjectMapper json;
    private final ScheduledExecutorService scheduler;

    SandboxHttp(ObjectMapper json, ScheduledExecutorService scheduler) {
        this.json = json;
        this.scheduler = scheduler;
    }

    void respond(HttpExchange exchange, SandboxReply reply) {
        if (reply.delay().isZero()) {
            write(exchange, reply);
        } else {
            scheduler.schedule(() -> write(exchange, reply), reply.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The request body as a JSON object; empty when it is missing or not an object. */
    Optional<ObjectNode> jsonObject(HttpExchange exchange) {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonNode node = body.length == 0 ? null : json.readTree(body);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<String> queryParameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return Optional.of(equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private void write(HttpExchange exchange, SandboxReply reply) {
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            byte[] body = json.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), body.length);
            out.write(body);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "the client left before the answer was written: {0}", e.toString());
        }
    }
}
