package com.shop.kafka;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** kafka/asyncapi.yaml documents exactly the topic catalogue, the registered types and their schemas. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("asyncapi.yaml");
    private static final List<String> CLOUD_EVENT_HEADERS = List.of(
            CloudEventHeaders.ID, CloudEventHeaders.TYPE, CloudEventHeaders.SOURCE, CloudEventHeaders.TIME,
            CloudEventHeaders.SUBJECT, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.CONTENT_TYPE,
            CloudEventHeaders.CORRELATION_ID, CloudEventHeaders.TRACEPARENT);
    private static final List<String> DEAD_LETTER_HEADERS = List.of(
            "dlt_original_topic", "dlt_original_partition", "dlt_original_offset", "dlt_exception_class",
            "dlt_exception_message", "dlt_attempts", "dlt_failed_at", "dlt_service", "dlt_reason");

    private static Map<String, Object> document;

    @BeforeAll
    static void load() throws IOException {
        try (Reader reader = Files.newBufferedReader(DOCUMENT)) {
            document = new Yaml().load(reader);
        }
    }

    @Test
    void isAnAsyncApi3DocumentOfKafkaTopics() {
        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
        assertThat(document.get("defaultContentType")).isEqualTo(CloudEventHeaders.CONTENT_TYPE_VALUE);
    }

    @Test
    void hasAChannelForEveryTopicAndItsDeadLetterTopicAndNoOther() {
        Set<String> expected = Stream.of(Topic.values())
                .flatMap(topic -> Stream.of(topic.topicName(), topic.deadLetterTopic()))
                .collect(Collectors.toSet());

        assertThat(channels().values().stream().map(channel -> map(channel).get("address")))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void channelsStateTheKeyAndTheCleanupPolicyAndRetentionOfTheirTopic() {
        for (Topic topic : Topic.values()) {
            Map<String, Object> channel = channel(topic.topicName());
            assertThat((String) channel.get("description")).startsWith("Key: " + topic.keyDescription() + ".");
            assertThat(topicConfiguration(channel)).as(topic.topicName()).isEqualTo(topic.retention().topicConfig());
            assertThat(topicConfiguration(channel(topic.deadLetterTopic()))).as(topic.deadLetterTopic())
                    .isEqualTo(topic.deadLetterRetention().topicConfig());
        }
    }

    @Test
    void everyRegisteredTypeIsAMessageOfItsTopicWithItsSchemaAsPayload() {
        for (Topic topic : Topic.values()) {
            List<Map<String, Object>> messages = map(channel(topic.topicName()).get("messages")).values().stream()
                    .map(ref -> map(resolve(ref))).toList();

            assertThat(messages).extracting(AsyncApiDocumentTest::ceType).as(topic.topicName())
                    .containsExactlyInAnyOrderElementsOf(EventTypes.onTopic(topic).stream().map(EventType::ceType).toList());
            for (Map<String, Object> message : messages) {
                EventType type = EventTypes.byCeType(ceType(message)).orElseThrow();
                assertThat(map(message.get("payload")).get("$ref"))
                        .isEqualTo("./src/main/resources/" + type.schemaResource());
                assertThat(topic.keyDescription()).contains(keyDescription(message));
            }
        }
    }

    @Test
    void messagesCarryTheCloudEventsHeadersAndDeadLettersTheErrorHeadersToo() {
        Map<String, Object> schemas = map(map(document.get("components")).get("schemas"));
        Map<String, Object> cloudEvents = map(map(schemas.get("CloudEventHeaders")).get("properties"));
        Map<String, Object> inbound = map(map(schemas.get("InboundHeaders")).get("properties"));
        Map<String, Object> deadLetter = map(map(schemas.get("DeadLetterHeaders")).get("properties"));

        assertThat(cloudEvents).containsOnlyKeys(CLOUD_EVENT_HEADERS);
        assertThat(inbound).containsOnlyKeys(CLOUD_EVENT_HEADERS);
        assertThat(deadLetter).containsKeys(CLOUD_EVENT_HEADERS.toArray(String[]::new))
                .containsKeys(DEAD_LETTER_HEADERS.toArray(String[]::new));
        assertThat(map(cloudEvents.get(CloudEventHeaders.SPEC_VERSION)).get("const"))
                .isEqualTo(CloudEventHeaders.SPEC_VERSION_VALUE);
        for (Topic topic : Topic.values()) {
            Map<String, Object> deadLetters = map(channel(topic.deadLetterTopic()).get("messages"));
            assertThat(deadLetters.values()).extracting(ref -> map(resolve(ref)).get("name")).containsExactly("DeadLetter");
        }
    }

    @Test
    void everyChannelHasAProducerAndAConsumer() {
        Collection<Object> operations = map(document.get("operations")).values();
        for (Map.Entry<String, Object> channel : channels().entrySet()) {
            Set<Object> actions = operations.stream().map(AsyncApiDocumentTest::map)
                    .filter(operation -> resolve(operation.get("channel")) == channel.getValue())
                    .map(operation -> operation.get("action"))
                    .collect(Collectors.toSet());
            assertThat(actions).as(channel.getKey()).containsExactlyInAnyOrder("send", "receive");
        }
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);

        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            if (ref.startsWith("#/")) {
                assertThat(resolve(Map.of("$ref", ref))).as(ref).isNotNull();
            } else {
                assertThat(Path.of(ref)).as(ref).isRegularFile();
            }
        });
    }

    private static Map<String, Object> channels() {
        return map(document.get("channels"));
    }

    private static Map<String, Object> channel(String address) {
        return channels().values().stream().map(AsyncApiDocumentTest::map)
                .filter(channel -> address.equals(channel.get("address")))
                .findFirst().orElseThrow(() -> new AssertionError("no channel with address " + address));
    }

    /** The binding's topic configuration as Kafka spells it: numbers as text, the cleanup policy list comma-separated. */
    private static Map<String, String> topicConfiguration(Map<String, Object> channel) {
        Map<String, Object> kafka = map(map(channel.get("bindings")).get("kafka"));
        return map(kafka.get("topicConfiguration")).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue() instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining(","))
                        : String.valueOf(entry.getValue())));
    }

    private static String ceType(Map<String, Object> message) {
        List<?> headers = (List<?>) map(message.get("headers")).get("allOf");
        return headers.stream().map(AsyncApiDocumentTest::map)
                .map(schema -> map(schema.getOrDefault("properties", Map.of())).get(CloudEventHeaders.TYPE))
                .filter(property -> property != null)
                .map(property -> (String) map(property).get("const"))
                .findFirst().orElseThrow(() -> new AssertionError(message.get("name") + " names no ce_type"));
    }

    private static String keyDescription(Map<String, Object> message) {
        Map<String, Object> kafka = map(map(message.get("bindings")).get("kafka"));
        return (String) map(kafka.get("key")).get("description");
    }

    /** Follows a {@code $ref} inside the document; returns null when the pointer leads nowhere. */
    private static Object resolve(Object reference) {
        String pointer = (String) map(reference).get("$ref");
        Object node = document;
        for (String part : pointer.substring(2).split("/")) {
            node = node instanceof Map<?, ?> object ? object.get(part.replace("~1", "/").replace("~0", "~")) : null;
        }
        return node;
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> object) {
            object.forEach((key, value) -> {
                if ("$ref".equals(key)) {
                    refs.add((String) value);
                } else {
                    collectRefs(value, refs);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectRefs(item, refs));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }
}
