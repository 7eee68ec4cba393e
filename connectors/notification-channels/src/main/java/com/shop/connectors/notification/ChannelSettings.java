package com.shop.connectors.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Where a channel's provider is and how long a call to it may take. */
public record ChannelSettings(URI baseUri, Duration connectTimeout, Duration requestTimeout) {

    public ChannelSettings {
        Objects.requireNonNull(baseUri, "the provider's base URI is required");
        Objects.requireNonNull(connectTimeout, "the connect timeout is required");
        Objects.requireNonNull(requestTimeout, "the request timeout is required");
    }
}
