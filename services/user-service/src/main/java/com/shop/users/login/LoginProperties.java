package com.shop.users.login;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Login throttling, within the window: how many failed logins an account (by email) may have from one client address,
 * and from all of them together, and how many a client address may have for any accounts. The first is low and the
 * second high, so that one guesser cannot keep the account's owner out, while many together are still slowed down.
 * A login that reaches a limit only because of logins still being checked waits for them at most the settle wait; a
 * login still being checked after abandoned-after counts as failed (its instance stopped before it could tell).
 */
@Validated
@ConfigurationProperties("user.login")
public record LoginProperties(
        @Min(1) @DefaultValue("5") int maxFailuresPerAccountAndClient,
        @Min(1) @DefaultValue("50") int maxFailuresPerAccount,
        @Min(1) @DefaultValue("20") int maxFailuresPerClient,
        @NotNull @DefaultValue("15m") Duration failureWindow,
        @NotNull @DurationMin(millis = 0) @DurationMax(seconds = 30) @DefaultValue("2s") Duration settleWait,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration abandonedAfter) {

    /** A login abandoned mid-check must count as failed while it is still in the window. */
    @AssertTrue(message = "abandoned-after must be shorter than failure-window")
    public boolean isAbandonedWithinTheWindow() {
        return failureWindow == null || abandonedAfter == null || abandonedAfter.compareTo(failureWindow) < 0;
    }
}
