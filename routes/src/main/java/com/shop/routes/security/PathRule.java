package com.shop.routes.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One entry of {@code shop.security.public-paths} or {@code admin-paths}: an optional HTTP method and a path pattern.
 * A GET rule covers HEAD too: HEAD is GET without the body (RFC 9110 9.3.2), and a client may ask either.
 */
record PathRule(HttpMethod method, String pattern) {

    static final String SYNTAX = "^((GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) +)?/\\S*$";
    static final String SYNTAX_MESSAGE = "must be '<METHOD> /path/pattern' or '/path/pattern'";

    static PathRule parse(String rule) {
        String text = rule.trim();
        if (!text.matches(SYNTAX)) {
            throw new IllegalArgumentException("'" + rule + "' " + SYNTAX_MESSAGE);
        }
        int space = text.indexOf(' ');
        return space < 0 ? new PathRule(null, text)
                : new PathRule(HttpMethod.valueOf(text.substring(0, space)), text.substring(space + 1).trim());
    }

    /** The rule's path with any method. */
    RequestMatcher pathMatcher() {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    RequestMatcher matcher() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        if (HttpMethod.GET.equals(method)) {
            return new OrRequestMatcher(paths.matcher(HttpMethod.GET, pattern), paths.matcher(HttpMethod.HEAD, pattern));
        }
        return paths.matcher(method, pattern);
    }
}
