package com.shop.routes.correlation;

import org.slf4j.MDC;

import java.util.UUID;

/**
 * The correlation id that follows one business flow across REST calls and events; kept in the log MDC
 * under {@value #MDC_KEY} so that every log line of the flow carries it.
 */
public final class Correlation {

    public static final String MDC_KEY = "correlationId";
    /** The W3C trace context of the flow, passed on to the events it causes. */
    public static final String TRACEPARENT_MDC_KEY = "traceparent";
    public static final String HTTP_HEADER = "X-Correlation-Id";

    private Correlation() {
    }

    /** The current flow's id, or a new one when the current thread is not in a flow. */
    public static String currentOrNew() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : newId();
    }

    /** The id a caller sent, or a new one when it sent none. */
    public static String givenOrNew(String given) {
        return given == null || given.isBlank() ? newId() : given;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static void set(String id) {
        MDC.put(MDC_KEY, id);
    }

    public static void clear() {
        MDC.remove(MDC_KEY);
        MDC.remove(TRACEPARENT_MDC_KEY);
    }

    /** The trace context of the current flow, or null when its caller sent none. */
    public static String traceparent() {
        return MDC.get(TRACEPARENT_MDC_KEY);
    }
}
