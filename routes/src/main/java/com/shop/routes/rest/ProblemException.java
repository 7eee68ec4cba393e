package com.shop.routes.rest;

import java.util.List;

/**
 * A request the service refuses, answered as an RFC 9457 problem: the status, a short title and a
 * detail a client can act on; for invalid input, the offending fields.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldProblem> fieldProblems;

    public ProblemException(int status, String title, String detail, List<FieldProblem> fieldProblems) {
        super(detail);
        this.status = status;
        this.title = title;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public static ProblemException invalid(List<FieldProblem> fields) {
        return new ProblemException(400, "Invalid request", "The request has invalid fields", fields);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(415, "Unsupported media type", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
