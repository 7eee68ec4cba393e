package com.shop.routes.testing;

import com.shop.kafka.CloudEventHeaders;
import com.shop.kafka.EventCodec;
import com.shop.kafka.EventTypes;
import com.shop.platform.embedded.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events on the real broker as the services exchange them, for services' tests: published with their key, a JSON
 * value and the CloudEvents headers of their producer, and read back by key and type.
 */
public final class TestEvents {

    private final KafkaTestClient kafka;
    private final String source;
    private final EventCodec codec = new EventCodec();

    /** Publishes through {@code kafka} with {@code source} as every event's ce_source. */
    public TestEvents(KafkaTestClient kafka, String source) {
        this.kafka = kafka;
        this.source = source;
    }

    /** Publishes {@code event} on its topic under a new ce_id, and returns that id. */
    public String publish(String key, Record event) {
        String eventId = UUID.randomUUID().toString();
        publish(key, event, eventId);
        return eventId;
    }

    /** Publishes {@code event} on its topic with {@code eventId} as its ce_id: the same id twice is a redelivery. */
    public void publish(String key, Record event, String eventId) {
        var type = EventTypes.of(event.getClass());
        kafka.send(type.topic().topicName(), key, codec.toJson(event), headers(eventId, type.ceType(), source));
    }

    /** The records now on {@code topic} under {@code key} whose CloudEvents type is {@code ceType}. */
    public List<ConsumerRecord<String, String>> records(String topic, String key, String ceType) {
        return kafka.records(topic, r -> key.equals(r.key()) && ceType.equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)));
    }

    /** The CloudEvents headers of a JSON event, in the binary content mode the services use. */
    public static Map<String, String> headers(String eventId, String ceType, String source) {
        return Map.of(CloudEventHeaders.ID, eventId, CloudEventHeaders.TYPE, ceType, CloudEventHeaders.SOURCE, source,
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE,
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.CONTENT_TYPE_VALUE);
    }
}
