package com.shop.routes.testapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the requests the server dispatched a second time, for an answer produced asynchronously. */
@Component
public class AsyncDispatches extends OncePerRequestFilter {

    private final AtomicInteger count = new AtomicInteger();

    public int count() {
        return count.get();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(request)) {
            count.incrementAndGet();
        }
        chain.doFilter(request, response);
    }
}
