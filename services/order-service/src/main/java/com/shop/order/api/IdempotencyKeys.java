package com.shop.order.api;

import com.shop.routes.rest.FieldProblem;
import com.shop.routes.rest.ProblemException;
import org.apache.camel.Exchange;

import java.util.List;

/** Reads the optional {@code Idempotency-Key} header: up to 200 visible ASCII characters. */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private IdempotencyKeys() {
    }

    static String read(Exchange exchange) {
        String key = exchange.getIn().getHeader(HEADER, String.class);
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw ProblemException.invalid(List.of(new FieldProblem(HEADER, "must be 1 to 200 visible ASCII characters")));
        }
        return key;
    }
}
