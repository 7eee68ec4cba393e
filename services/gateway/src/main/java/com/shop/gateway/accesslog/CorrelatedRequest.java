package com.shop.gateway.accesslog;

import com.shop.routes.correlation.Correlation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/** A request that arrived without an accepted correlation id, seen with the one the gateway gave it. */
final class CorrelatedRequest extends HttpServletRequestWrapper {

    private final String correlationId;

    CorrelatedRequest(HttpServletRequest request, String correlationId) {
        super(request);
        this.correlationId = correlationId;
    }

    @Override
    public String getHeader(String name) {
        return isCorrelation(name) ? correlationId : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return isCorrelation(name) ? Collections.enumeration(List.of(correlationId)) : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = new ArrayList<>(Collections.list(super.getHeaderNames()));
        names.removeIf(CorrelatedRequest::isCorrelation);
        names.add(Correlation.HTTP_HEADER);
        return Collections.enumeration(names);
    }

    private static boolean isCorrelation(String name) {
        return Correlation.HTTP_HEADER.equalsIgnoreCase(name);
    }
}
