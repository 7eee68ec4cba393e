package com.shop.routes.security;

import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.http.base.HttpHeaderFilterStrategy;
import org.apache.camel.spi.ComponentCustomizer;

import java.util.List;

/**
 * Keeps credentials out of Camel messages and request headers off responses. The platform-http component
 * copies request headers into the message and writes message headers back onto the response; its own
 * filter compares names case-sensitively and misses the lower-case names the server reports, so a bearer
 * token was echoed to the client and could reach a log line. Routes learn the caller from {@link Callers}.
 */
final class PlatformHttpHeaders {

    /** Never copied into a Camel message. */
    static final List<String> CREDENTIALS = List.of("authorization", "proxy-authorization", "cookie");
    /** Request headers that never belong on a response. */
    static final List<String> REQUEST_ONLY = List.of("accept", "accept-charset", "accept-encoding", "accept-language",
            "access-control-request-headers", "access-control-request-method", "expect", "forwarded", "from", "host",
            "http2-settings", "if-match", "if-modified-since", "if-none-match", "if-range", "if-unmodified-since",
            "max-forwards", "origin", "prefer", "range", "referer", "te", "user-agent", "x-forwarded-for",
            "x-forwarded-host", "x-forwarded-port", "x-forwarded-proto");

    private PlatformHttpHeaders() {
    }

    static ComponentCustomizer filter() {
        return ComponentCustomizer.forType(PlatformHttpComponent.class, component -> {
            HttpHeaderFilterStrategy strategy = new HttpHeaderFilterStrategy();
            strategy.getInFilter().addAll(CREDENTIALS);
            strategy.getOutFilter().addAll(CREDENTIALS);
            strategy.getOutFilter().addAll(REQUEST_ONLY);
            component.setHeaderFilterStrategy(strategy);
        });
    }
}
