package com.shop.routes.security;

import com.shop.routes.rest.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

import java.util.Optional;

/**
 * The caller of a REST route, for the rules a path pattern cannot express ("a customer only sees their
 * own orders"). Reads what the security filter left on the servlet request, so it works on whatever
 * thread the route runs: never {@code SecurityContextHolder}.
 */
public final class Callers {

    private Callers() {
    }

    /** The authenticated caller, if the request carried a valid access token. */
    public static Optional<Caller> find(Exchange exchange) {
        HttpServletRequest request = exchange.getIn().getHeader(Exchange.HTTP_SERVLET_REQUEST, HttpServletRequest.class);
        return request == null ? Optional.empty()
                : Optional.ofNullable(request.getAttribute(Caller.REQUEST_ATTRIBUTE)).map(Caller.class::cast);
    }

    /** The authenticated caller; a 401 problem when there is none. */
    public static Caller require(Exchange exchange) {
        return find(exchange).orElseThrow(AccessProblems::unauthenticated);
    }

    /** The caller when they own {@code ownerId}'s resource or are an admin; otherwise a 404, which does not reveal that it exists. */
    public static Caller requireAccessTo(Exchange exchange, String ownerId, String notFoundDetail) {
        Caller caller = require(exchange);
        if (!caller.mayAccess(ownerId)) {
            throw ProblemException.notFound(notFoundDetail);
        }
        return caller;
    }

    /** A route step that lets only admins through (403 otherwise). */
    public static Processor requireAdmin() {
        return exchange -> {
            if (!require(exchange).isAdmin()) {
                throw AccessProblems.forbidden("This operation needs the ADMIN role");
            }
        };
    }
}
