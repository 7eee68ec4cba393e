package com.shop.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes event records as JSON and reads them back, checking every payload against its type's JSON
 * Schema and that no string carries a NUL character: an event that breaks its contract is refused on the way out
 * and is a poison record on the way in. Thread-safe; compiled schemas are cached.
 */
public final class EventCodec {

    private final ObjectMapper mapper;
    private final JsonSchemaFactory schemaFactory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig schemaConfig = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_PATH)
            .formatAssertionsEnabled(true)
            .locale(Locale.ENGLISH)
            .build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    public EventCodec() {
        mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** A copy of the mapper the codec uses, for code that must write or read the same JSON. */
    public ObjectMapper objectMapper() {
        return mapper.copy();
    }

    /** The event as JSON; refuses a type that is not registered or an event that breaks its schema. */
    public String toJson(Record event) {
        EventType type = EventTypes.of(event == null ? null : event.getClass());
        JsonNode tree = mapper.valueToTree(event);
        List<String> violations = violations(type, tree);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(type.ceType() + " breaks its schema: " + String.join("; ", violations));
        }
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write " + type.ceType() + " as JSON", e);
        }
    }

    /** Everything wrong with {@code json} as a {@code ceType}: empty when it is valid. */
    public List<String> validate(String ceType, String json) {
        try {
            EventType type = registered(ceType);
            return violations(type, parse(json));
        } catch (InvalidEventException e) {
            return List.of(e.getMessage());
        }
    }

    public <T extends Record> T read(String ceType, String json, Class<T> expected) {
        EventType type = registered(ceType);
        if (!expected.isAssignableFrom(type.javaType())) {
            throw new InvalidEventException(ceType + " carries " + type.javaType().getSimpleName()
                    + ", not " + expected.getSimpleName());
        }
        return expected.cast(read(type, json));
    }

    public Record read(String ceType, String json) {
        return read(registered(ceType), json);
    }

    private Record read(EventType type, String json) {
        JsonNode tree = parse(json);
        List<String> violations = violations(type, tree);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(type.ceType() + " violates its schema: " + String.join("; ", violations));
        }
        try {
            return mapper.treeToValue(tree, type.javaType());
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("cannot bind " + type.ceType() + ": " + e.getOriginalMessage(), e);
        }
    }

    private static EventType registered(String ceType) {
        return EventTypes.byCeType(ceType)
                .orElseThrow(() -> new InvalidEventException("unknown ce_type '" + ceType + "'"));
    }

    private JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty payload: expected a JSON object");
        }
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The schema's violations, then every string that carries a NUL, which no consumer could store. */
    private List<String> violations(EventType type, JsonNode tree) {
        JsonSchema schema = schemas.computeIfAbsent(type.ceType(), ceType -> load(type));
        List<String> violations = new ArrayList<>(schema.validate(tree).stream().map(ValidationMessage::getMessage).toList());
        try (JsonParser tokens = mapper.treeAsTokens(tree)) {
            NulCharacters.paths(tokens).forEach(path -> violations.add(path + ": " + NulCharacters.MESSAGE));
        } catch (IOException e) {
            throw new IllegalStateException("could not read back a parsed tree", e);
        }
        return violations;
    }

    private JsonSchema load(EventType type) {
        JsonSchema schema = schemaFactory.getSchema(SchemaLocation.of("classpath:" + type.schemaResource()), schemaConfig);
        schema.initializeValidators();
        return schema;
    }
}
