package com.shop.routes.deadletter;

import com.shop.kafka.Topic;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;

import java.time.Instant;

/**
 * Prepares a failed record for its dead-letter topic: the original key, value and headers stay as they
 * were, and the {@link DeadLetterHeaders} say where it came from and why it failed.
 */
public final class DeadLetterRecorder implements Processor {

    /** Exchange property holding the record's value as consumed, before any step replaced the body. */
    public static final String ORIGINAL_VALUE = "shopOriginalValue";
    private static final String REDELIVERIES = "shopRedeliveries";

    private final String serviceName;
    private final String reason;

    public DeadLetterRecorder(String serviceName, String reason) {
        this.serviceName = serviceName;
        this.reason = reason;
    }

    /** Counts a redelivery, so the dead letter can say how often the record was tried. */
    public static void countRedelivery(Exchange exchange) {
        exchange.setProperty(REDELIVERIES, 1 + exchange.getProperty(REDELIVERIES, 0, Integer.class));
    }

    @Override
    public void process(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        Message in = exchange.getIn();
        String topic = in.getHeader(KafkaConstants.TOPIC, String.class);
        if (exchange.getProperty(ORIGINAL_VALUE) != null) {
            in.setBody(exchange.getProperty(ORIGINAL_VALUE));
        }
        in.setHeader(KafkaConstants.OVERRIDE_TOPIC, Topic.byName(topic).map(Topic::deadLetterTopic).orElse(topic + ".DLT"));
        in.setHeader(DeadLetterHeaders.ORIGINAL_TOPIC, topic);
        in.setHeader(DeadLetterHeaders.ORIGINAL_PARTITION, String.valueOf(in.getHeader(KafkaConstants.PARTITION)));
        in.setHeader(DeadLetterHeaders.ORIGINAL_OFFSET, String.valueOf(in.getHeader(KafkaConstants.OFFSET)));
        in.setHeader(DeadLetterHeaders.EXCEPTION_CLASS, cause == null ? "unknown" : cause.getClass().getName());
        in.setHeader(DeadLetterHeaders.EXCEPTION_MESSAGE, cause == null ? "unknown" : String.valueOf(cause.getMessage()));
        in.setHeader(DeadLetterHeaders.ATTEMPTS, String.valueOf(1 + exchange.getProperty(REDELIVERIES, 0, Integer.class)));
        in.setHeader(DeadLetterHeaders.FAILED_AT, Instant.now().toString());
        in.setHeader(DeadLetterHeaders.SERVICE, serviceName);
        in.setHeader(DeadLetterHeaders.REASON, reason);
    }
}
