package com.shop.routes.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.List;
import java.util.stream.Stream;

/**
 * Which requests are public, which need the ADMIN role, and which are the operator console: the paths
 * every service shares plus the ones its {@code shop.security.*} settings add.
 */
final class AccessRules {

    /** Health for probes, metrics for scrapers, the API description and the published keys: never need a token. */
    static final List<String> ALWAYS_PUBLIC = List.of(
            "GET /actuator/health", "GET /actuator/health/**", "GET /actuator/info", "GET /actuator/prometheus",
            "GET /api-doc", "GET /api-doc/**", "GET /.well-known/**");
    /** Operators' APIs of the shared building blocks (dead letters, key rotation). */
    static final List<String> ALWAYS_ADMIN = List.of("/admin/**");
    static final List<String> OPERATOR_CONSOLE = List.of("/actuator/hawtio", "/actuator/hawtio/**",
            "/actuator/jolokia", "/actuator/jolokia/**");

    private final RequestMatcher publicRequests;
    private final RequestMatcher adminRequests;
    private final RequestMatcher operatorConsole;

    AccessRules(ShopSecurityProperties properties) {
        this.adminRequests = matcher(Stream.concat(ALWAYS_ADMIN.stream(), properties.adminPaths().stream()));
        this.publicRequests = matcher(Stream.concat(ALWAYS_PUBLIC.stream(), properties.publicPaths().stream()));
        this.operatorConsole = matcher(OPERATOR_CONSOLE.stream());
    }

    RequestMatcher publicRequests() {
        return publicRequests;
    }

    RequestMatcher adminRequests() {
        return adminRequests;
    }

    RequestMatcher operatorConsole() {
        return operatorConsole;
    }

    /** Public and not admin-only: such a request is served anonymously, whatever token it carries. */
    boolean isAnonymous(HttpServletRequest request) {
        return publicRequests.matches(request) && !adminRequests.matches(request);
    }

    private static RequestMatcher matcher(Stream<String> rules) {
        return new OrRequestMatcher(rules.map(PathRule::parse).map(PathRule::matcher).toList());
    }
}
