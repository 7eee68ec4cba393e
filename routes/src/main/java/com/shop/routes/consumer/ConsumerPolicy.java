package com.shop.routes.consumer;

import com.shop.kafka.InvalidEventException;
import com.shop.routes.ShopProperties;
import com.shop.routes.correlation.CorrelationProcessors;
import com.shop.routes.deadletter.DeadLetterHeaders;
import com.shop.routes.deadletter.DeadLetterRecorder;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.RouteConfigurationDefinition;

/**
 * The error policy of every Kafka consumer route (pick it with {@code .routeConfigurationId(ConsumerPolicy.ID)}):
 * a poison record goes straight to its topic's DLT; any other failure is redelivered with bounded
 * exponential backoff and then dead-lettered, so the partition always keeps flowing. Each consumed
 * record's correlation id is put in the log MDC.
 */
public final class ConsumerPolicy extends RouteConfigurationBuilder {

    public static final String ID = "kafka-consumer-policy";
    /** Where the dead-letter step sends records; the topic itself comes from the override header. */
    static final String DEAD_LETTER_ENDPOINT = "kafka:dead-letters";

    private final ShopProperties properties;

    public ConsumerPolicy(ShopProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configuration() {
        ShopProperties.Consumer retry = properties.consumer();
        String service = properties.serviceName();
        RouteConfigurationDefinition policy = routeConfiguration(ID);
        policy.interceptFrom().process(CorrelationProcessors.fromEvent());
        policy.onException(InvalidEventException.class)
                .handled(true)
                .maximumRedeliveries(0)
                .log(LoggingLevel.WARN, "poison record on ${header.kafka.TOPIC} offset ${header.kafka.OFFSET}: ${exception.message}")
                .process(new DeadLetterRecorder(service, DeadLetterHeaders.POISON_RECORD))
                .to(DEAD_LETTER_ENDPOINT);
        policy.onException(Exception.class)
                .handled(true)
                .maximumRedeliveries(retry.maximumRedeliveries())
                .redeliveryDelay(retry.initialDelay().toMillis())
                .useExponentialBackOff()
                .backOffMultiplier(retry.backOffMultiplier())
                .maximumRedeliveryDelay(retry.maximumDelay().toMillis())
                .retryAttemptedLogLevel(LoggingLevel.WARN)
                .onRedelivery(DeadLetterRecorder::countRedelivery)
                .log(LoggingLevel.ERROR, "giving up on ${header.kafka.TOPIC} offset ${header.kafka.OFFSET}: ${exception.message}")
                .process(new DeadLetterRecorder(service, DeadLetterHeaders.RETRIES_EXHAUSTED))
                .to(DEAD_LETTER_ENDPOINT);
    }
}
