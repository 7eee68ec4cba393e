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

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the REST routes on the request's own thread. The platform-http starter hands each request to a task
 * executor and returns a future to Spring MVC, so the route wrote the response on one thread while Spring
 * Security's header writer, leaving the filter chain, wrote its headers on another: under load Tomcat sent
 * a corrupted header line (spring-security#15510), and every request paid for a second dispatch through all
 * filters. Here the route answers before the handler returns, and the handler returns no future, so Spring
 * MVC treats the request as handled and starts no asynchronous processing. How many routes run at once is
 * then the server's request threads ({@code server.tomcat.threads.max}); how long one may take is the route's
 * own business (the timeouts of its calls and circuit breakers), as for any Spring MVC controller.
 */
public final class RequestThreadHttpEngine implements PlatformHttpEngine {

    private final int port;

    public RequestThreadHttpEngine(int port) {
        this.port = port;
    }

    @Override
    public PlatformHttpConsumer createConsumer(PlatformHttpEndpoint endpoint, Processor processor) {
        return new RequestThreadConsumer(endpoint, processor);
    }

    @Override
    public int getServerPort() {
        return port;
    }

    static final class RequestThreadConsumer extends SpringBootPlatformHttpConsumer {

        private static final Logger LOG = LoggerFactory.getLogger(RequestThreadConsumer.class);

        RequestThreadConsumer(PlatformHttpEndpoint endpoint, Processor processor) {
            super(endpoint, processor);
        }

        @Override
        public CompletableFuture<Void> service(HttpServletRequest request, HttpServletResponse response) {
            try {
                handleService(request, response);
            } catch (Exception e) {
                LOG.warn("{} {} failed outside its route: {}", request.getMethod(), request.getRequestURI(),
                        e.getMessage(), e);
                sendInternalError(response);
            }
            return null;
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
