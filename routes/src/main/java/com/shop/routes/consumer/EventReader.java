package com.shop.routes.consumer;

import com.shop.kafka.CloudEventHeaders;
import com.shop.kafka.EventCodec;
import com.shop.kafka.EventType;
import com.shop.kafka.EventTypes;
import com.shop.kafka.InvalidEventException;
import com.shop.kafka.NulCharacters;
import com.shop.kafka.Topic;
import com.shop.routes.deadletter.DeadLetterRecorder;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.component.kafka.KafkaConstants;

import java.util.List;

/**
 * Turns a consumed Kafka record into its event record: reads the CloudEvents type, checks the JSON
 * against the type's schema and binds it. Anything that fails is an {@link InvalidEventException},
 * which the consumer policy sends straight to the dead-letter topic, as is a NUL character in a header it reads. Records on an inbound topic may
 * omit {@code ce_type} when the topic carries a single type, and {@code ce_id}: the record's position then
 * identifies it, so a redelivery of the same record is still recognised.
 */
public final class EventReader implements Processor {

    private final EventCodec codec;

    public EventReader(EventCodec codec) {
        this.codec = codec;
    }

    @Override
    public void process(Exchange exchange) {
        String topic = exchange.getIn().getHeader(KafkaConstants.TOPIC, String.class);
        String declared = exchange.getIn().getHeader(CloudEventHeaders.TYPE, String.class);
        String ceType = declared == null || declared.isBlank() ? impliedType(topic) : declared;
        exchange.getIn().setHeader(CloudEventHeaders.TYPE, ceType);
        String json = exchange.getIn().getBody(String.class);
        exchange.setProperty(DeadLetterRecorder.ORIGINAL_VALUE, json);
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("the record has no value");
        }
        EventType type = EventTypes.byCeType(ceType)
                .orElseThrow(() -> new InvalidEventException("unknown event type " + ceType));
        if (topic != null && !type.topic().topicName().equals(topic)) {
            throw new InvalidEventException("event type " + ceType + " does not belong on topic " + topic);
        }
        exchange.getIn().setBody(codec.read(ceType, json));
        if (exchange.getIn().getHeader(CloudEventHeaders.ID) == null) {
            exchange.getIn().setHeader(CloudEventHeaders.ID, topic + "-" + exchange.getIn().getHeader(KafkaConstants.PARTITION)
                    + "-" + exchange.getIn().getHeader(KafkaConstants.OFFSET));
        }
        normaliseHeader(exchange, CloudEventHeaders.ID);
        normaliseHeader(exchange, CloudEventHeaders.CORRELATION_ID);
        normaliseHeader(exchange, CloudEventHeaders.SUBJECT);
        normaliseHeader(exchange, CloudEventHeaders.SOURCE);
    }

    private static String impliedType(String topicName) {
        List<EventType> types = Topic.byName(topicName).filter(Topic::inbound).map(EventTypes::onTopic).orElse(List.of());
        if (types.size() != 1) {
            throw new InvalidEventException("the record has no " + CloudEventHeaders.TYPE + " header");
        }
        return types.get(0).ceType();
    }

    /**
     * Kafka headers arrive as bytes; handlers read them as text, and store some (the ce_id of an applied event, the
     * correlation id), so a NUL, which PostgreSQL cannot store, makes a poison record as it does in the value.
     */
    private static void normaliseHeader(Exchange exchange, String name) {
        String value = exchange.getIn().getHeader(name, String.class);
        if (NulCharacters.in(value)) {
            throw new InvalidEventException("the " + name + " header " + NulCharacters.MESSAGE);
        }
        if (value != null) {
            exchange.getIn().setHeader(name, value);
        }
    }
}
