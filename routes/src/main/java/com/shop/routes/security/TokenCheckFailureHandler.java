package com.shop.routes.security;

import com.shop.routes.rest.ServletProblems;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * A bearer token that could not be checked at all (user-service's keys unreachable and none cached) is a
 * 503 the client may retry, not a 401 that would send it to log in again, nor a 500.
 */
final class TokenCheckFailureHandler implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TokenCheckFailureHandler.class);

    private final AuthenticationEntryPoint invalidToken;
    private final ServletProblems problems;

    TokenCheckFailureHandler(AuthenticationEntryPoint invalidToken, ServletProblems problems) {
        this.invalidToken = invalidToken;
        this.problems = problems;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException, ServletException {
        if (failure instanceof AuthenticationServiceException) {
            LOG.warn("{} {}: access tokens cannot be checked: {}", request.getMethod(), request.getRequestURI(),
                    failure.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problems.write(request, response, 503, "Service unavailable",
                    "The access token cannot be checked right now; try again shortly");
        } else {
            invalidToken.commence(request, response, failure);
        }
    }
}
