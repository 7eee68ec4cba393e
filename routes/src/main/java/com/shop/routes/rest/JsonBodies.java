package com.shop.routes.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.shop.kafka.NulCharacters;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and writes REST bodies as JSON: a request must have a body (400), say it is JSON (415 otherwise), parse (400
 * that says where it broke, or naming a field of the wrong type: a fraction for a whole number is one), carry no NUL
 * character in any string (400 naming each) and pass its Bean Validation constraints (400 naming every invalid field).
 */
public final class JsonBodies {

    private final ObjectMapper mapper;
    private final ObjectReader requests;
    private final Validator validator;

    public JsonBodies(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        // 1.5 for a whole number is refused, not cut to 1
        this.requests = mapper.reader().without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        this.validator = validator;
    }

    /** A step that replaces the JSON request body with a valid {@code type}. */
    public <T> Processor request(Class<T> type) {
        return exchange -> exchange.getIn().setBody(read(exchange, type));
    }

    /** A step that writes the body as the JSON response with {@code status}. */
    public Processor response(int status) {
        return exchange -> {
            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
            exchange.getMessage().setBody(mapper.writeValueAsString(exchange.getMessage().getBody()));
        };
    }

    <T> T read(Exchange exchange, Class<T> type) {
        String json = exchange.getIn().getBody(String.class);
        if (json == null || json.isBlank()) {
            throw ProblemException.badRequest("A request body is required: send it as application/json");
        }
        String contentType = exchange.getIn().getHeader(Exchange.CONTENT_TYPE, String.class);
        if (contentType == null || !isJson(contentType)) {
            throw ProblemException.unsupportedMediaType(contentType == null
                    ? "Send the request body with Content-Type: application/json"
                    : "Send the request body as application/json, not " + contentType);
        }
        refuseNulCharacters(json);
        T value = parse(json, type);
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldProblem::field))
                    .toList());
        }
        return value;
    }

    /**
     * PostgreSQL cannot store a NUL in text: a body with one in any string or field name is refused naming each, before
     * binding, whatever type the string binds to. A body that is not JSON is left for {@link #parse} to refuse.
     */
    private void refuseNulCharacters(String json) {
        if (!NulCharacters.mayBeIn(json)) {
            return;
        }
        List<String> paths;
        try (JsonParser parser = requests.createParser(json)) {
            paths = NulCharacters.paths(parser);
        } catch (IOException notJson) {
            return;
        }
        if (!paths.isEmpty()) {
            throw ProblemException.invalid(paths.stream()
                    .map(path -> new FieldProblem(field(path), NulCharacters.MESSAGE))
                    .toList());
        }
    }

    /** The path as the other field problems name it: {@code lines[0].sku}, {@code $} for the body itself. */
    private static String field(String jsonPath) {
        return jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath;
    }

    private <T> T parse(String json, Class<T> type) {
        try {
            T value = requests.forType(type).readValue(json);
            if (value == null) {
                throw ProblemException.badRequest("The request body must be a JSON object");
            }
            return value;
        } catch (InvalidFormatException e) {
            throw ProblemException.invalid(List.of(new FieldProblem(path(e),
                    "must be a valid " + e.getTargetType().getSimpleName())));
        } catch (MismatchedInputException e) {
            throw ProblemException.invalid(List.of(new FieldProblem(path(e),
                    "has the wrong type; expected " + (e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName()))));
        } catch (JsonMappingException e) {
            throw ProblemException.badRequest("The request body does not match the expected shape" + where(e));
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("The request body is not valid JSON" + where(e));
        }
    }

    /** Where parsing broke, never what the body said there: it may be a password. */
    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return path.isEmpty() ? "$" : path;
    }

    private static boolean isJson(String contentType) {
        String mime = contentType.split(";")[0].trim().toLowerCase();
        return mime.equals("application/json") || mime.endsWith("+json");
    }
}
