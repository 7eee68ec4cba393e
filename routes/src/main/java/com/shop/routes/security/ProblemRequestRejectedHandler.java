package com.shop.routes.security;

import com.shop.routes.rest.ServletProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;

/**
 * Answers a request the firewall refused (a method no service serves, a control character in a header, an
 * encoded slash in the path...) with a 400 problem that says why, where Spring's default sends a bare 400.
 */
final class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemRequestRejectedHandler.class);

    private final ServletProblems problems;

    ProblemRequestRejectedHandler(ServletProblems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        LOG.debug("{} {} rejected by the firewall: {}", request.getMethod(), request.getRequestURI(), rejected.getMessage());
        problems.write(request, response, 400, "Bad request", rejected.getMessage());
    }
}
