package com.shop.routes.security;

import com.shop.routes.rest.ProblemException;

/** The refusals of access as REST problems a route can throw. */
public final class AccessProblems {

    private AccessProblems() {
    }

    public static ProblemException unauthenticated() {
        return new ProblemException(401, "Unauthorized", "This request needs a valid bearer access token");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }
}
