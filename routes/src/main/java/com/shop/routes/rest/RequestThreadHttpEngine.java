package com.shop.routes.rest;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.camel.Processor;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.apache.camel.component.platform.http.spi.PlatformHttpConsumer;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the REST routes on the request's own thread. The platform-http starter hands each request to a task
 * executor and returns a future to Spring MVC, so the route wrote the response on one thread while Spring
 * Security's header writer, leaving the filter chain, wrote its headers on another: under load Tomcat sent
 * a corrupted header line (spring-security#15510), and every request paid for a second dispatch through all
 * filters. Here the route answers before the handler returns, and the handler returns no future, so Spring
 * MVC treats the request as handled and starts no asynchronous processing. How many routes run at once is
 * then the server's request threads ({@code server.tomcat.threads.max}); how long one may take is the route's
 * own business (the timeouts of its calls and circuit breakers), as for any Spring MVC controller. No service takes
 * forms: a form body is refused (415) before Camel's binding parses it, which failed with a 500 on a body that was not
 * {@code key=value} pairs. A query parameter with a NUL ({@code %00}), which PostgreSQL cannot store, is refused (400
 * naming it) before any route can pass it to a query.
 */
public final class RequestThreadHttpEngine implements PlatformHttpEngine {

    private final int port;
    private final ServletProblems problems;

    public RequestThreadHttpEngine(int port, ServletProblems problems) {
        this.port = port;
        this.problems = problems;
    }

    @Override
    public PlatformHttpConsumer createConsumer(PlatformHttpEndpoint endpoint, Processor processor) {
        return new RequestThreadConsumer(endpoint, processor, problems);
    }

    @Override
    public int getServerPort() {
        return port;
    }

    static final class RequestThreadConsumer extends SpringBootPlatformHttpConsumer {

        private static final Logger LOG = LoggerFactory.getLogger(RequestThreadConsumer.class);
        private static final List<MediaType> FORMS = List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA);

        private final ServletProblems problems;

        RequestThreadConsumer(PlatformHttpEndpoint endpoint, Processor processor, ServletProblems problems) {
            super(endpoint, processor);
            this.problems = problems;
        }

        @Override
        public CompletableFuture<Void> service(HttpServletRequest request, HttpServletResponse response) {
            try {
                ProblemException refused = refusal(request);
                if (refused != null) {
                    LOG.info("{} {} refused: {}", request.getMethod(), request.getRequestURI(), refused.getMessage());
                    problems.write(request, response, refused);
                    return null;
                }
                handleService(request, response);
            } catch (Exception e) {
                LOG.warn("{} {} failed outside its route: {}", request.getMethod(), request.getRequestURI(),
                        e.getMessage(), e);
                sendInternalError(response);
            }
            return null;
        }

        /** A form body, or a query parameter with a NUL; null when the route may have the request. */
        private static ProblemException refusal(HttpServletRequest request) {
            if (isForm(request.getContentType())) {
                return ProblemException.unsupportedMediaType("Send the request body as application/json, not "
                        + request.getContentType());
            }
            // no form: the parameters are the query's alone, and reading them leaves the body unread
            List<FieldProblem> withNul = RequestParams.withNulCharacters(request.getParameterMap());
            return withNul.isEmpty() ? null : ProblemException.invalid(withNul);
        }

        private static boolean isForm(String contentType) {
            try {
                if (contentType == null) {
                    return false;
                }
                MediaType type = MediaType.parseMediaType(contentType);
                return FORMS.stream().anyMatch(form -> form.includes(type));
            } catch (InvalidMediaTypeException e) {
                return false;
            }
        }

        /** As the starter's consumer does: the server's error page, unless the route's answer is already on its way. */
        private static void sendInternalError(HttpServletResponse response) {
            if (response.isCommitted()) {
                return;
            }
            try {
                response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            } catch (IOException | IllegalStateException e) {
                LOG.debug("the 500 could not be sent: {}", e.getMessage());
            }
        }
    }
}
