package com.shop.connectors.payment.sandbox;

import com.shop.connectors.payment.ProviderError;

import java.time.Duration;

/** An answer of the sandbox: HTTP status, JSON body, and how long to hold it back. */
record SandboxReply(int status, Object body, Duration delay) {

    static SandboxReply of(int status, Object body) {
        return new SandboxReply(status, body, Duration.ZERO);
    }

    static SandboxReply error(int status, String type, String code, String message) {
        return of(status, new ProviderError.Envelope(new ProviderError(type, code, message)));
    }

    static SandboxReply invalid(String code, String message) {
        return error(400, "invalid_request_error", code, message);
    }

    static SandboxReply unavailable(String message) {
        return error(503, "api_error", "service_unavailable", message);
    }

    static SandboxReply notJson() {
        return invalid("body_invalid", "The request body must be a JSON object");
    }

    static SandboxReply noSuchOperation(String method, String path) {
        return error(404, "invalid_request_error", "unknown_operation", "No operation " + method + " " + path);
    }

    SandboxReply delayedBy(Duration by) {
        return new SandboxReply(status, body, by);
    }

    boolean succeeded() {
        return status >= 200 && status < 300;
    }
}
