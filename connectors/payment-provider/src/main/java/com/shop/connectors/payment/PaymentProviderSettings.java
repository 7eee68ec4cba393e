package com.shop.connectors.payment;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the provider's API is and how long a call may take: {@code connectTimeout} to open a connection,
 * {@code requestTimeout} for the whole answer. A call that takes longer is a transient failure.
 */
public record PaymentProviderSettings(URI baseUri, Duration connectTimeout, Duration requestTimeout) {

    public PaymentProviderSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        String scheme = baseUri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("the provider URL must be http or https, not " + baseUri);
        }
    }

    private static void requirePositive(Duration duration, String name) {
        if (duration == null || duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be a positive duration, was " + duration);
        }
    }
}
