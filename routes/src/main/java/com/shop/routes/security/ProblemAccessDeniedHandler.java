package com.shop.routes.security;

import com.shop.routes.rest.ServletProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** Answers a valid token whose roles do not allow the operation: 403 problem+json. */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ServletProblems problems;

    ProblemAccessDeniedHandler(ServletProblems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(request, response, 403, "Forbidden", "The caller's roles do not allow this operation");
    }
}
