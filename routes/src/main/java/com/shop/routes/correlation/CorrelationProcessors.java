package com.shop.routes.correlation;

import com.shop.kafka.CloudEventHeaders;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.MDC;

/** Puts an exchange's correlation id and trace context in the MDC for as long as the exchange runs. */
public final class CorrelationProcessors {

    private CorrelationProcessors() {
    }

    /**
     * For Kafka consumers: the event's correlation id, or its own id when the producer sent none; one derived from
     * either when it is not an accepted id (a partner's record is not dead-lettered for it).
     */
    public static Processor fromEvent() {
        return exchange -> bind(exchange, Correlation.givenOrDerived(firstNonBlank(
                exchange.getIn().getHeader(CloudEventHeaders.CORRELATION_ID, String.class),
                exchange.getIn().getHeader(CloudEventHeaders.ID, String.class))));
    }

    /** For REST: the caller's {@code X-Correlation-Id} when it is an accepted one, else a new one; echoed on the response. */
    public static Processor fromHttp() {
        return exchange -> {
            String id = bind(exchange, Correlation.givenOrNew(exchange.getIn().getHeader(Correlation.HTTP_HEADER, String.class)));
            exchange.getIn().setHeader(Correlation.HTTP_HEADER, id);
        };
    }

    private static String bind(Exchange exchange, String id) {
        Correlation.set(id);
        String traceparent = exchange.getIn().getHeader(CloudEventHeaders.TRACEPARENT, String.class);
        if (Correlation.isTraceparent(traceparent)) {
            MDC.put(Correlation.TRACEPARENT_MDC_KEY, traceparent);
        }
        exchange.getExchangeExtension().addOnCompletion(new CorrelationCleanup());
        return id;
    }

    private static String firstNonBlank(String first, String second) {
        return first != null && !first.isBlank() ? first : second;
    }
}
