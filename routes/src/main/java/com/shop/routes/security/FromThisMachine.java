package com.shop.routes.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * A request that a page of this machine sent to this machine: addressed to a loopback name ({@code Host}), and, when
 * a browser names the page it comes from ({@code Origin}), from a loopback page. An open operator console listens on
 * 127.0.0.1, but a web page open in the same browser could still post to it (a form or a plain-text fetch needs no
 * CORS preflight) or reach it under its own domain re-pointed at 127.0.0.1 (DNS rebinding); those requests name
 * another host and do not match.
 */
final class FromThisMachine implements RequestMatcher {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    @Override
    public boolean matches(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return isLoopback(request.getServerName()) && (origin == null || isLoopbackOrigin(origin));
    }

    private static boolean isLoopbackOrigin(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && isLoopback(uri.getHost());
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    private static boolean isLoopback(String host) {
        return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
    }
}
