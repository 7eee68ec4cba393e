package com.shop.users.login;

import com.shop.routes.rest.ProblemException;

import java.time.Duration;

/** Too many failed logins: a 429 that says when to try again, whichever email or password comes next. */
public class LoginThrottledException extends ProblemException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super(429, "Too many requests", "Too many failed logins; try again later");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toMillisPart() > 0 ? 1 : 0));
    }
}
