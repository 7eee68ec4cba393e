package com.shop.users.login;

import com.shop.routes.rest.ProblemException;

import java.time.Duration;

/**
 * A login refused untried: a 429 that says when to try again, whichever email or password comes next. Either too many
 * logins failed, or too many were still being checked after the wait for them (busy), which a moment settles.
 */
public class LoginThrottledException extends ProblemException {

    private static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(1);

    private final Duration retryAfter;
    private final boolean busy;

    private LoginThrottledException(String detail, Duration retryAfter, boolean busy) {
        super(429, "Too many requests", detail);
        this.retryAfter = retryAfter;
        this.busy = busy;
    }

    static LoginThrottledException failedTooOften(Duration retryAfter) {
        return new LoginThrottledException("Too many failed logins; try again later", retryAfter, false);
    }

    static LoginThrottledException busy() {
        return new LoginThrottledException("Too many logins at once; try again in a moment", BUSY_RETRY_AFTER, true);
    }

    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toMillisPart() > 0 ? 1 : 0));
    }

    boolean isBusy() {
        return busy;
    }
}
