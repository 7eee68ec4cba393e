package com.shop.routes.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A request that a page of this machine sent to this machine: over a connection from a loopback address (the socket's
 * peer, recorded by {@link PeerAddressValve}, and the client a forwarded header names, if any), addressed to a
 * loopback name ({@code Host}), and, when a browser says what caused it, from a loopback page ({@code Origin},
 * {@code Referer}) of the console itself or typed in ({@code Sec-Fetch-Site}). The headers alone prove nothing: any
 * machine that reaches the port can send {@code Host: localhost}. A web page open in the same browser could still
 * post to the console (a form or a plain-text fetch needs no CORS preflight), make the browser GET one of its URLs
 * (an image, a link: no Origin then), or reach it under its own domain re-pointed at 127.0.0.1 (DNS rebinding); those
 * requests name another host or site and do not match. A request whose peer was not recorded does not match either.
 */
final class FromThisMachine implements RequestMatcher {

    /** The request attribute holding the connection's peer address. */
    static final String PEER_ADDRESS = FromThisMachine.class.getName() + ".peerAddress";

    /** An IPv4 address in dotted form or an IPv6 one (a host name has no colon), so that parsing it asks no DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%\\w+)?");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    /** The Fetch Metadata values of a request the console's own page made, or the operator typed or bookmarked. */
    private static final Set<String> OWN_OR_TYPED = Set.of("same-origin", "none");

    @Override
    public boolean matches(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        String referer = request.getHeader("Referer");
        return isLoopbackAddress(request.getAttribute(PEER_ADDRESS))
                && isLoopbackAddress(request.getRemoteAddr())
                && isLoopback(request.getServerName())
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

    /** Whether an IP address literal is a loopback one; a host name (never a peer's address) is not looked up. */
    private static boolean isLoopbackAddress(Object address) {
        if (!(address instanceof String literal) || !IP_LITERAL.matcher(literal).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }

    private static boolean isLoopback(String host) {
        return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
    }
}
