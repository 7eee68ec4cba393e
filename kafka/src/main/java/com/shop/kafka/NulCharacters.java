package com.shop.kafka;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the NUL character (U+0000) in a JSON document's strings and field names. PostgreSQL refuses it in text, so a
 * value carrying it could never be stored: it is bad input, refused where it comes in, never a database error.
 */
public final class NulCharacters {

    public static final String MESSAGE = "must not contain the NUL character";

    private static final char NUL = '\0';

    private NulCharacters() {
    }

    /**
     * The JSONPath ({@code $.lines[0].sku}) of every string or field name with a NUL in the document {@code parser}
     * reads, which it reads to the end; a NUL in a field name shows as {@code \\u0000}.
     */
    public static List<String> paths(JsonParser parser) throws IOException {
        List<String> paths = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
            if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) && in(parser.getText())) {
                paths.add(path(parser.getParsingContext()));
            }
        }
        return paths;
    }

    /**
     * Whether the JSON document {@code json} may carry a NUL: only as the escape {@code \u0000} (a raw one is not JSON),
     * so a document without that text needs no reading token by token.
     */
    public static boolean mayBeIn(String json) {
        return json.contains("\\u0000") || in(json);
    }

    /** Whether {@code text} has a NUL; null has none. */
    public static boolean in(String text) {
        return text != null && text.indexOf(NUL) >= 0;
    }

    /** The text with each NUL written as {@code \\u0000}, to name it where a NUL must not go (a log line, a header). */
    public static String shown(String text) {
        return text.replace(String.valueOf(NUL), "\\u0000");
    }

    private static String path(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext step = context; !step.inRoot(); step = step.getParent()) {
            path.insert(0, step.inArray() ? "[" + step.getCurrentIndex() + "]" : "." + shown(String.valueOf(step.getCurrentName())));
        }
        return path.insert(0, "$").toString();
    }
}
