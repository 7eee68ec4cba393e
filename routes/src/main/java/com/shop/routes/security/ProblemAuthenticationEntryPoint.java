package com.shop.routes.security;

import com.shop.routes.rest.ServletProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * Answers a request without a valid access token: 401 problem+json with {@code WWW-Authenticate: Bearer}
 * (RFC 6750), saying only that the token is missing or invalid, never why a signature failed.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemAuthenticationEntryPoint.class);

    private final ServletProblems problems;

    ProblemAuthenticationEntryPoint(ServletProblems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof OAuth2AuthenticationException) {
            LOG.debug("{} {} refused: {}", request.getMethod(), request.getRequestURI(), failure.getMessage());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer error=\"invalid_token\", error_description=\"The access token is invalid or expired\"");
            problems.write(request, response, 401, "Unauthorized", "The access token is invalid or expired");
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            problems.write(request, response, 401, "Unauthorized", "This request needs a bearer access token");
        }
    }
}
