package com.shop.routes.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.routes.correlation.Correlation;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the exception an exchange failed with as {@code application/problem+json}. Anything that is
 * not a {@link ProblemException} is a 500 whose detail names the correlation id, never the exception.
 */
public final class ProblemResponder implements Processor {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final ObjectMapper mapper;

    public ProblemResponder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        ProblemException problem = cause instanceof ProblemException p ? p : internalError();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        body.put("instance", exchange.getIn().getHeader(Exchange.HTTP_URI, String.class));
        body.put("correlationId", correlationId(exchange));
        if (!problem.fieldProblems().isEmpty()) {
            body.put("errors", problem.fieldProblems());
        }
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, problem.status());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, MEDIA_TYPE);
        exchange.getMessage().setBody(mapper.writeValueAsString(body));
    }

    /**
     * The caller's, or the one the REST policy gave the request; a new one (also sent as the header) when the exchange
     * failed before the policy's first step, with no id or one not accepted, so that a 500 still has an id to quote.
     */
    private static String correlationId(Exchange exchange) {
        String id = exchange.getIn().getHeader(Correlation.HTTP_HEADER, String.class);
        if (!Correlation.isAccepted(id)) {
            id = Correlation.currentOrNew();
            exchange.getMessage().setHeader(Correlation.HTTP_HEADER, id);
        }
        return id;
    }

    private static ProblemException internalError() {
        return new ProblemException(500, "Internal error",
                "The request could not be completed; quote the correlation id when reporting it");
    }
}
