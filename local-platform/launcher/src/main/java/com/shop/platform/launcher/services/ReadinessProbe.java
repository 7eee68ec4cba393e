package com.shop.platform.launcher.services;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Asks a service's readiness endpoint whether it takes traffic (HTTP 200). */
public final class ReadinessProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** The HTTP status of {@code url}, or -1 when nothing answers. */
    public int status(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException noAnswer) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public boolean ready(ServiceDefinition service) {
        return status(service.readinessUrl()) == 200;
    }
}
