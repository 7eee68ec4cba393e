package com.shop.routes.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * A request that a page of this machine sent to this machine: addressed to a loopback name ({@code Host}), and, when
 * a browser says what caused it, from a loopback page ({@code Origin}, {@code Referer}) of the console itself or typed
 * in ({@code Sec-Fetch-Site}). An open operator console listens on 127.0.0.1, but a web page open in the same browser
 * could still post to it (a form or a plain-text fetch needs no CORS preflight), make the browser GET one of its URLs
 * (an image, a link: no Origin then), or reach it under its own domain re-pointed at 127.0.0.1 (DNS rebinding); those
 * requests name another host or site and do not match.
 */
final class FromThisMachine implements RequestMatcher {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    /** The Fetch Metadata values of a request the console's own page made, or the operator typed or bookmarked. */
    private static final Set<String> OWN_OR_TYPED = Set.of("same-origin", "none");

    @Override
    public boolean matches(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        String referer = request.getHeader("Referer");
        return isLoopback(request.getServerName())
                && (fetchSite == null || OWN_OR_TYPED.contains(fetchSite.trim().toLowerCase(Locale.ROOT)))
                && (origin == null || isLoopbackPage(origin))
                && (referer == null || isLoopbackPage(referer));
    }

    private static boolean isLoopbackPage(String page) {
        try {
            URI uri = URI.create(page.trim());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && isLoopback(uri.getHost());
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static boolean isLoopback(String host) {
        return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
    }
}
