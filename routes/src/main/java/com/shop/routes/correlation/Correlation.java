package com.shop.routes.correlation;

import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id that follows one business flow across REST calls and events; kept in the log MDC
 * under {@value #MDC_KEY} so that every log line of the flow carries it.
 */
public final class Correlation {

    public static final String MDC_KEY = "correlationId";
    /** The W3C trace context of the flow, passed on to the events it causes. */
    public static final String TRACEPARENT_MDC_KEY = "traceparent";
    public static final String HTTP_HEADER = "X-Correlation-Id";
    public static final int MAX_LENGTH = 100;

    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");
    /** A W3C trace context's traceparent: version, trace id, parent id and flags in lower-case hex. */
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");

    private Correlation() {
    }

    /** The current flow's id, or a new one when the current thread is not in a flow. */
    public static String currentOrNew() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : newId();
    }

    /** The id a caller sent, or a new one when it sent none or one that is not {@linkplain #isAccepted accepted}. */
    public static String givenOrNew(String given) {
        return isAccepted(given) ? given : newId();
    }

    /**
     * The id a record carries, or when it is not {@linkplain #isAccepted accepted} one derived from it, the same for
     * every delivery of the record; a new one when it carries none.
     */
    public static String givenOrDerived(String given) {
        if (given == null || given.isBlank()) {
            return newId();
        }
        return isAccepted(given) ? given : UUID.nameUUIDFromBytes(given.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Whether an id from outside may stand as given: at most {@value #MAX_LENGTH} letters, digits and {@code ._:-}, as a
     * UUID or a trace id is. It goes into every log line, outbox row and event header of the flow, so a longer one or
     * one with spaces, quotes or markup is replaced, not carried.
     */
    public static boolean isAccepted(String id) {
        return id != null && ACCEPTED.matcher(id).matches();
    }

    /**
     * Whether a traceparent from outside is one (W3C trace context): only then is it passed on to the flow's log lines,
     * outbox rows and events; anything else is dropped, as a tracer drops a malformed one.
     */
    public static boolean isTraceparent(String traceparent) {
        return traceparent != null && TRACEPARENT.matcher(traceparent).matches();
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
