package com.shop.gateway.accesslog;

import com.shop.routes.correlation.Correlation;
import com.shop.routes.security.Caller;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * One access log line per request, refused or served: method, path, status, latency, user and correlation
 * id. It runs first, so it also gives a request without an accepted {@code X-Correlation-Id} (none, or not a short
 * token: {@link Correlation#isAccepted}) a new one that the security checks, the routes and the upstream all see.
 */
public final class AccessLogFilter extends OncePerRequestFilter {

    private static final Logger ACCESS = LoggerFactory.getLogger("com.shop.gateway.access");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        String given = request.getHeader(Correlation.HTTP_HEADER);
        String id = Correlation.givenOrNew(given);
        HttpServletRequest served = id.equals(given) ? request : new CorrelatedRequest(request, id);
        try {
            chain.doFilter(served, response);
        } finally {
            if (served.isAsyncStarted()) {
                served.getAsyncContext().addListener(new Completion(() -> log(served, response, start, id)));
            } else {
                log(served, response, start, id);
            }
        }
    }

    private static void log(HttpServletRequest request, HttpServletResponse response, long start, String correlationId) {
        Object caller = request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        String user = caller instanceof Caller known ? known.userId() : "-";
        long millis = (System.nanoTime() - start) / 1_000_000;
        ACCESS.info("{} {} {} {}ms user={} correlationId={}", request.getMethod(), request.getRequestURI(),
                response.getStatus(), millis, user, correlationId);
    }

    /** Logs once the asynchronous part of a request is over, however it ended. */
    private record Completion(Runnable log) implements AsyncListener {

        @Override
        public void onComplete(AsyncEvent event) {
            log.run();
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
        }
    }
}
