package com.shop.routes.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * HTTP calls to a server under test as the services' clients make them: a JSON body and a bearer access token,
 * each only when given.
 */
public final class HttpTestClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI base;

    /** Calls the server at {@code base}; paths resolve against it. */
    public HttpTestClient(URI base) {
        this.base = base;
    }

    /** Calls the service listening on {@code port} of this machine. */
    public static HttpTestClient localhost(int port) {
        return new HttpTestClient(URI.create("http://localhost:" + port));
    }

    /** A request with {@code json} as its body, or none when null, and {@code accessToken} as its bearer token, or none. */
    public HttpResponse<String> send(String method, String path, String json, String accessToken) {
        return send(method, path, json, accessToken, Map.of());
    }

    /** As {@link #send(String, String, String, String)}, with {@code headers} added; a Content-Type among them wins. */
    public HttpResponse<String> send(String method, String path, String json, String accessToken, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
