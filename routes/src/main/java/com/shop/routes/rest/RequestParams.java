package com.shop.routes.rest;

import org.apache.camel.Exchange;

import java.util.List;

/** Reads path and query parameters, refusing malformed ones with a 400 that names them. */
public final class RequestParams {

    private RequestParams() {
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
