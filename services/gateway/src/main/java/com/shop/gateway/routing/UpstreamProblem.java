package com.shop.gateway.routing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Points the {@code instance} of a problem the service answered with (RFC 9457, {@code application/problem+json}) at the
 * gateway, as {@link UpstreamLocation} does a {@code Location}: the user service says {@code /auth/login}, a path the client
 * never called and cannot call, where the client called {@code /api/auth/login}. Only that member changes; the rest of the
 * body passes byte for byte, and the service's {@code ETag}, which named its own bytes, is dropped. Other answers are not
 * read, nor is a problem over {@link #MAX_BYTES} or not a JSON object.
 */
final class UpstreamProblem implements Processor {

    static final String MEDIA_TYPE = "application/problem+json";
    static final int MAX_BYTES = 64 * 1024;

    private static final JsonFactory JSON = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private final RouteTable table;
    private final UpstreamLocation location;

    UpstreamProblem(RouteTable table, UpstreamLocation location) {
        this.table = table;
        this.location = location;
    }

    @Override
    public void process(Exchange exchange) throws IOException {
        Message message = exchange.getMessage();
        UpstreamRequest.Forwarded forwarded = exchange.getProperty(UpstreamRequest.FORWARDED, UpstreamRequest.Forwarded.class);
        if (forwarded == null || !isProblem(message.getHeader(Exchange.CONTENT_TYPE, String.class))) {
            return;
        }
        byte[] problem = read(message);
        if (problem == null) {
            return;
        }
        Optional<byte[]> answer = instance(problem).flatMap(instance -> clientInstance(instance.value(), forwarded)
                .filter(path -> !path.equals(instance.value()))
                .map(path -> instance.replacedBy(path).getBytes(StandardCharsets.UTF_8)));
        message.setBody(answer.orElse(problem));
        answer.ifPresent(body -> {
            message.setHeader(Exchange.CONTENT_LENGTH, body.length);
            message.removeHeader("ETag");
        });
    }

    /** Whether a {@code Content-Type} is the problem media type, whatever its case and parameters ({@code charset}). */
    static boolean isProblem(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().equalsIgnoreCase(MEDIA_TYPE);
    }

    /**
     * The body when it is at most {@link #MAX_BYTES}; else null, and the body (the part read put back in front of the
     * rest when it was a stream) passes as it came.
     */
    private static byte[] read(Message message) throws IOException {
        Object body = message.getBody();
        if (body instanceof byte[] bytes) {
            return bytes.length <= MAX_BYTES ? bytes : null;
        }
        if (body instanceof String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return bytes.length <= MAX_BYTES ? bytes : null;
        }
        if (body instanceof InputStream stream) {
            byte[] start = stream.readNBytes(MAX_BYTES + 1);
            if (start.length <= MAX_BYTES) {
                stream.close();
                return start;
            }
            message.setBody(new SequenceInputStream(new ByteArrayInputStream(start), stream));
        }
        return null;
    }

    /**
     * Where the client reaches what {@code instance} names: the path it called when the instance is the path the gateway
     * called upstream, another path the gateway serves under {@code /api} (a query or fragment the service gave is kept).
     */
    private Optional<String> clientInstance(String instance, UpstreamRequest.Forwarded forwarded) {
        return location.upstreamPath(instance).flatMap(path -> {
            int rest = indexOfQueryOrFragment(path);
            return path.substring(0, rest).equals(forwarded.upstreamPath())
                    ? Optional.of(forwarded.clientPath() + path.substring(rest))
                    : table.clientPath(path);
        });
    }

    private static int indexOfQueryOrFragment(String path) {
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '?' || path.charAt(i) == '#') {
                return i;
            }
        }
        return path.length();
    }

    /** The problem's {@code instance} when the body is one JSON object (UTF-8, no member twice) with a string {@code instance}. */
    static Optional<Instance> instance(byte[] problem) {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(problem)).toString();
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            Instance instance = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String member = parser.currentName();
                JsonToken value = parser.nextToken();
                if (member.equals("instance") && value == JsonToken.VALUE_STRING) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    String text = parser.getText();
                    instance = new Instance(json, start, (int) parser.currentLocation().getCharOffset(), text);
                } else {
                    parser.skipChildren();
                }
            }
            return parser.nextToken() == null ? Optional.ofNullable(instance) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /** A problem's {@code instance}: its value, and where it stands in the problem's text (from its opening quote to after its closing one). */
    record Instance(String json, int start, int end, String value) {

        /** The problem's text with {@code instance} set to {@code replacement}, nothing else changed. */
        String replacedBy(String replacement) {
            return json.substring(0, start) + '"' + new String(JsonStringEncoder.getInstance().quoteAsString(replacement))
                    + '"' + json.substring(end);
        }
    }
}
