package com.shop.routes.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import java.util.List;
import java.util.stream.Stream;

/**
 * Which requests are public, which need the ADMIN role, and which are the operator console: the paths
 * every service shares plus the ones its {@code shop.security.*} settings add. A method the service does not serve on a
 * public path is public too, so that the caller learns it is a 405 (a login form's GET of {@code /auth/login}) rather
 * than that it lacks a token no token would help.
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
    private final RequestMatcher unservedOnPublicPaths;
    private final RequestMatcher adminRequests;
    private final RequestMatcher operatorConsole;

    AccessRules(ShopSecurityProperties properties, HandlerMappingIntrospector handlers) {
        List<PathRule> publicRules = Stream.concat(ALWAYS_PUBLIC.stream(), properties.publicPaths().stream())
                .map(PathRule::parse).toList();
        this.adminRequests = matcher(Stream.concat(ALWAYS_ADMIN.stream(), properties.adminPaths().stream()));
        this.publicRequests = new OrRequestMatcher(publicRules.stream().map(PathRule::matcher).toList());
        this.unservedOnPublicPaths = new AndRequestMatcher(
                new OrRequestMatcher(publicRules.stream().map(PathRule::pathMatcher).toList()), new UnservedMethod(handlers));
        this.operatorConsole = matcher(OPERATOR_CONSOLE.stream());
    }

    RequestMatcher publicRequests() {
        return publicRequests;
    }

    /** A method the service serves on no path of a public rule (the service's answer is a 405). */
    RequestMatcher unservedOnPublicPaths() {
        return unservedOnPublicPaths;
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
