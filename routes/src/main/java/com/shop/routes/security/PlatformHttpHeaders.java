package com.shop.routes.security;

import com.shop.routes.correlation.Correlation;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.http.base.HttpHeaderFilterStrategy;
import org.apache.camel.spi.ComponentCustomizer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps credentials out of Camel messages and everything but response headers off responses. The
 * platform-http component copies request headers, query and path parameters into the message and writes
 * every message header back onto the response: a bearer token was echoed to the client, and so were
 * {@code ?size=20} as {@code size: 20}, a product's {@code sku}, an {@code Idempotency-Key}, and any header a
 * route set for its own use. Only the headers a REST operation answers with ({@link #RESPONSE}) are written;
 * a request cannot bring one of them in (bar the correlation id, which is echoed on purpose). Routes learn
 * the caller from {@link Callers}.
 */
final class PlatformHttpHeaders extends HttpHeaderFilterStrategy {

    /** Never copied into a Camel message. */
    static final List<String> CREDENTIALS = List.of("authorization", "proxy-authorization", "cookie");
    /** The headers a route's answer may carry, in lower case; a route that answers with another adds it here. */
    static final Set<String> RESPONSE = Set.of("location", "retry-after", "idempotent-replayed", "etag", "last-modified",
            "allow", "www-authenticate", Correlation.HTTP_HEADER.toLowerCase(Locale.ROOT));

    private PlatformHttpHeaders() {
        getInFilter().addAll(CREDENTIALS);
        RESPONSE.stream().filter(name -> !name.equalsIgnoreCase(Correlation.HTTP_HEADER)).forEach(getInFilter()::add);
    }

    static ComponentCustomizer filter() {
        return ComponentCustomizer.forType(PlatformHttpComponent.class,
                component -> component.setHeaderFilterStrategy(new PlatformHttpHeaders()));
    }

    @Override
    public boolean applyFilterToCamelHeaders(String headerName, Object headerValue, Exchange exchange) {
        return !RESPONSE.contains(headerName.toLowerCase(Locale.ROOT));
    }
}
