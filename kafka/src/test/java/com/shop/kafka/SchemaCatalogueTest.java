package com.shop.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON Schemas and the records they describe say the same thing. */
class SchemaCatalogueTest {

    private static final Path SCHEMA_DIRECTORY = Path.of("src/main/resources/schemas");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema META_SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(SchemaLocation.of(SchemaId.V202012));

    static Stream<Named<EventType>> registeredTypes() {
        return EventTypes.all().stream().map(type -> Named.of(type.ceType(), type));
    }

    @ParameterizedTest
    @MethodSource("registeredTypes")
    void schemaIsAValidDraft202012SchemaTitledAfterItsRecord(EventType type) {
        JsonNode schema = schemaOf(type);

        assertThat(schema.path("$schema").asText()).isEqualTo(SchemaId.V202012);
        assertThat(schema.path("title").asText()).isEqualTo(type.javaType().getSimpleName());
        assertThat(META_SCHEMA.validate(schema)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("registeredTypes")
    void schemaDescribesExactlyTheRecordsComponents(EventType type) {
        JsonNode schema = schemaOf(type);

        assertThat(mismatches(schema, schema, type.javaType(), "$")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("registeredTypes")
    void inboundSchemasAllowNoUndeclaredProperty(EventType type) {
        JsonNode schema = schemaOf(type);
        List<String> open = new ArrayList<>();
        collectOpenObjects(schema, "$", open);

        if (type.topic().inbound()) {
            assertThat(open).isEmpty();
        } else {
            assertThat(schema.has("additionalProperties")).as("internal events stay open to new fields").isFalse();
        }
    }

    @Test
    void everySchemaFileBelongsToARegisteredType() throws IOException {
        Set<String> registered = EventTypes.all().stream().map(EventType::schemaResource).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(SCHEMA_DIRECTORY)) {
            assertThat(files.map(file -> "schemas/" + file.getFileName())).allSatisfy(
                    resource -> assertThat(registered).as("registered schema resources").contains(resource));
        }
    }

    private static JsonNode schemaOf(EventType type) {
        try (InputStream in = SchemaCatalogueTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            assertThat(in).as(type.schemaResource() + " on the classpath").isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Differences between an object schema and a record: property names, required primitives, nested lines. */
    private static List<String> mismatches(JsonNode root, JsonNode objectSchema, Class<?> recordType, String path) {
        JsonNode schema = resolve(root, objectSchema);
        List<String> problems = new ArrayList<>();
        Set<String> properties = fieldNames(schema.path("properties"));
        Set<String> components = Arrays.stream(recordType.getRecordComponents())
                .map(RecordComponent::getName).collect(Collectors.toSet());
        if (!properties.equals(components)) {
            problems.add(path + ": schema properties " + properties + " but record components " + components);
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        if (!components.containsAll(required)) {
            problems.add(path + ": requires " + required + " beyond the record's components");
        }
        for (RecordComponent component : recordType.getRecordComponents()) {
            String name = component.getName();
            if (component.getType().isPrimitive() && !required.contains(name)) {
                problems.add(path + "." + name + ": a primitive must be required");
            }
            Class<?> element = elementType(component.getGenericType());
            if (element.isRecord() && properties.contains(name)) {
                JsonNode property = resolve(root, schema.path("properties").path(name));
                JsonNode elementSchema = property.path("type").asText().equals("array") ? property.path("items") : property;
                problems.addAll(mismatches(root, elementSchema, element, path + "." + name));
            }
        }
        return problems;
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = parameterized.getActualTypeArguments();
            return arguments.length == 1 && arguments[0] instanceof Class<?> argument ? argument : Object.class;
        }
        return type instanceof Class<?> plain ? plain : Object.class;
    }

    private static JsonNode resolve(JsonNode root, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.startsWith("#") ? resolve(root, root.at(ref.substring(1))) : schema;
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.properties().forEach(property -> names.add(property.getKey()));
        return names;
    }

    private static void collectOpenObjects(JsonNode schema, String path, List<String> open) {
        if (schema.isObject()) {
            if ("object".equals(schema.path("type").asText()) && schema.path("additionalProperties").asBoolean(true)) {
                open.add(path);
            }
            schema.properties().forEach(field -> collectOpenObjects(field.getValue(), path + "/" + field.getKey(), open));
        }
    }
}
