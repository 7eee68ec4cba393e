package com.shop.connectors.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Posts a JSON request to a channel's provider and sorts the answer: 2xx is accepted, a 4xx about the message
 * itself is a {@link DeliveryRefusedException}, and everything that says the provider or the network is in trouble
 * (timeouts, 408, 425, 429, 5xx) is a {@link ChannelUnavailableException}.
 */
final class ChannelHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChannelSettings settings;
    private final HttpClient client;

    ChannelHttp(ChannelSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
    }

    /** The provider's JSON answer to {@code body} posted at {@code path}. */
    JsonNode post(String path, Object body) {
        URI uri = settings.baseUri().resolve(path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ChannelUnavailableException("no answer from " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelUnavailableException("interrupted while calling " + uri, e);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return read(response.body());
        }
        String detail = uri + " answered " + status + ": " + response.body();
        if (isRefusal(status)) {
            throw new DeliveryRefusedException(detail);
        }
        throw new ChannelUnavailableException(detail);
    }

    /** True for an answer about the message itself; false for one about the provider, the network or throttling. */
    static boolean isRefusal(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 425 && status != 429;
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request as JSON", e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ChannelUnavailableException("the provider accepted the message but answered no JSON: " + body, e);
        }
    }
}
