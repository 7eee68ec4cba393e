package com.shop.routes.rest;

import com.shop.kafka.NulCharacters;
import org.apache.camel.Exchange;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Reads path and query parameters, refusing malformed ones with a 400 that names them. */
public final class RequestParams {

    private RequestParams() {
    }

    /**
     * The query parameters, as the server decoded them, whose name or a value has a NUL (an encoded {@code %00}), which
     * PostgreSQL cannot store in text: each named, with the NUL in a name shown as {@code \\u0000}.
     */
    static List<FieldProblem> withNulCharacters(Map<String, String[]> parameters) {
        return parameters.entrySet().stream()
                .filter(parameter -> NulCharacters.in(parameter.getKey())
                        || Arrays.stream(parameter.getValue()).anyMatch(NulCharacters::in))
                .map(parameter -> new FieldProblem(NulCharacters.shown(parameter.getKey()), NulCharacters.MESSAGE))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
    }

    public static String text(Exchange exchange, String name) {
        String value = exchange.getIn().getHeader(name, String.class);
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(List.of(new FieldProblem(name, "is required")));
        }
        return value;
    }

    public static long number(Exchange exchange, String name) {
        String value = text(exchange, name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(List.of(new FieldProblem(name, "must be a whole number, not " + value)));
        }
    }

    /** A required whole number from 0 to {@code max}. */
    public static long atLeastZero(Exchange exchange, String name, long max) {
        long value = number(exchange, name);
        if (value < 0 || value > max) {
            throw ProblemException.invalid(List.of(new FieldProblem(name, "must be between 0 and " + max)));
        }
        return value;
    }

    public static int number(Exchange exchange, String name, int defaultValue, int min, int max) {
        if (exchange.getIn().getHeader(name) == null) {
            return defaultValue;
        }
        long value = number(exchange, name);
        if (value < min || value > max) {
            throw ProblemException.invalid(List.of(new FieldProblem(name, "must be between " + min + " and " + max)));
        }
        return (int) value;
    }
}
