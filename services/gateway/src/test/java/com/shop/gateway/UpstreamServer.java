package com.shop.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for one service instance: it records every request it gets and answers
 * it (202 with a {@code Location} for a POST, 200 otherwise, its own OpenAPI document at {@code /api-doc}, a 400
 * problem naming its own path when asked with {@value #ANSWER_PROBLEM}; each answer is not to be stored, has an entity tag
 * and announces a keep-alive timeout and a header for that connection only),
 * or, when it is a broken instance, hangs up without answering or keeps the connection open and never answers.
 */
public final class UpstreamServer {

    /** The request header that asks for the problem {@link #problem(String, String)} instead of the usual answer. */
    public static final String ANSWER_PROBLEM = "X-Answer-Problem";

    /** What arrived: method, path, query, headers (names in lower case) and body. */
    public record Request(String method, String path, String query, Map<String, String> headers, String body) {
    }

    private enum Behaviour { ANSWER, HANG_UP, STALL }

    private final String name;
    private final Behaviour behaviour;
    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private UpstreamServer(String name, Behaviour behaviour) {
        this.name = name;
        this.behaviour = behaviour;
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** An instance that answers; {@code name} is also the one path its OpenAPI document lists. */
    public static UpstreamServer answering(String name) {
        return new UpstreamServer(name, Behaviour.ANSWER);
    }

    /** An instance that accepts connections and closes them without an answer. */
    public static UpstreamServer hangingUp(String name) {
        return new UpstreamServer(name, Behaviour.HANG_UP);
    }

    /** An instance that accepts requests and never answers them. */
    public static UpstreamServer stalling(String name) {
        return new UpstreamServer(name, Behaviour.STALL);
    }

    /** The address of an instance that is down: nothing listens there. */
    public static String down() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "http://localhost:" + socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The requests that arrived for {@code path}. */
    public List<Request> requestsFor(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** The RFC 9457 problem a service answers an invalid request to {@code path} with, as the routes' problem responder writes it. */
    public static String problem(String path, String correlationId) {
        return "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,"
                + "\"detail\":\"The request has invalid fields\",\"instance\":\"" + path + "\","
                + "\"correlationId\":\"" + correlationId + "\","
                + "\"errors\":[{\"field\":\"email\",\"message\":\"must be a well-formed email address\"}]}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((header, values) -> headers.put(header.toLowerCase(), String.join(", ", values)));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers, body));
        if (behaviour == Behaviour.STALL) {
            return;
        }
        if (behaviour == Behaviour.HANG_UP) {
            exchange.close();
            return;
        }
        boolean problem = headers.containsKey(ANSWER_PROBLEM.toLowerCase());
        String answer = problem ? problem(path, headers.get("x-correlation-id"))
                : path.equals("/api-doc")
                ? "{\"openapi\":\"3.0.3\",\"paths\":{\"/" + name + "\":{\"get\":{\"summary\":\"" + name + "\"}}},"
                  + "\"components\":{\"schemas\":{\"" + name + "\":{\"type\":\"object\"}}}}"
                : "{\"server\":\"" + name + "\",\"path\":\"" + path + "\"}";
        int status = problem ? 400 : exchange.getRequestMethod().equals("POST") ? 202 : 200;
        if (status == 202) {
            exchange.getResponseHeaders().add("Location", path + "/42");
        }
        exchange.getResponseHeaders().add("Content-Type", problem ? "application/problem+json;charset=UTF-8" : "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.getResponseHeaders().add("Pragma", "no-cache");
        exchange.getResponseHeaders().add("ETag", "\"" + name + "-1\"");
        exchange.getResponseHeaders().add("Keep-Alive", "timeout=5");
        exchange.getResponseHeaders().add("Connection", "keep-alive, X-Upstream-Hop");
        exchange.getResponseHeaders().add("X-Upstream-Hop", "for the gateway's connection only");
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
