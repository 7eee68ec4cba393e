package com.shop.routes.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.routes.correlation.Correlation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the refusals of servlet filters (the token checks, the request body checks), which answer before any route
 * runs, as the same RFC 9457 problems the REST routes answer with.
 */
public final class ServletProblems {

    private final ObjectMapper mapper;

    public ServletProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        write(request, response, status, title, detail, request.getRequestURI());
    }

    /** The refusal as a problem, with the fields it names. */
    public void write(HttpServletRequest request, HttpServletResponse response, ProblemException refusal) throws IOException {
        write(request, response, refusal.status(), refusal.title(), refusal.getMessage(), request.getRequestURI(),
                refusal.fieldProblems());
    }

    /**
     * As {@link #write(HttpServletRequest, HttpServletResponse, int, String, String)}, with the instance given; none
     * when it is null.
     */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail,
            String instance) throws IOException {
        write(request, response, status, title, detail, instance, List.of());
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String title, String detail,
            String instance, List<FieldProblem> fields) throws IOException {
        String correlationId = Correlation.givenOrNew(request.getHeader(Correlation.HTTP_HEADER));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        body.put("correlationId", correlationId);
        if (!fields.isEmpty()) {
            body.put("errors", fields);
        }
        response.setStatus(status);
        response.setHeader(Correlation.HTTP_HEADER, correlationId);
        response.setContentType(ProblemResponder.MEDIA_TYPE);
        response.getOutputStream().write(mapper.writeValueAsBytes(body));
    }
}
