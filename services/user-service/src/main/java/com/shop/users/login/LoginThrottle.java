package com.shop.users.login;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Slows down password guessing: once an email (known or not, so that throttling reveals nothing) or a
 * client address has too many failed logins within the window, every login for it is refused until the
 * oldest of those failures leaves the window. Failures live in the database, so every instance counts them.
 */
@Component
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final LoginProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, LoginProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** Refuses with {@link LoginThrottledException} when the email or the client has failed too often. */
    void check(String email, String clientIp) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(properties.failureWindow());
        Instant accountOpens = reopening("email", email, properties.maxFailuresPerAccount(), windowStart);
        Instant clientOpens = reopening("client_ip", clientIp, properties.maxFailuresPerClient(), windowStart);
        Instant opens = accountOpens.isAfter(clientOpens) ? accountOpens : clientOpens;
        if (opens.isAfter(now)) {
            throw new LoginThrottledException(Duration.between(now, opens));
        }
    }

    void recordFailure(String email, String clientIp) {
        jdbc.update("INSERT INTO login_failures (email, client_ip, failed_at) VALUES (?, ?, ?)",
                email, clientIp, Timestamp.from(clock.instant()));
    }

    /** A successful login clears the account's failures (the client's stay: it may be guessing other accounts). */
    void forgive(String email) {
        jdbc.update("DELETE FROM login_failures WHERE email = ?", email);
    }

    int purge() {
        return jdbc.update("DELETE FROM login_failures WHERE failed_at < ?",
                Timestamp.from(clock.instant().minus(properties.failureWindow())));
    }

    /** When logins for {@code value} are allowed again: the time the limit-th most recent failure leaves the window. */
    private Instant reopening(String column, String value, int limit, Instant windowStart) {
        List<Timestamp> recent = jdbc.queryForList("SELECT failed_at FROM login_failures WHERE " + column
                + " = ? AND failed_at > ? ORDER BY failed_at DESC LIMIT ?", Timestamp.class, value, Timestamp.from(windowStart), limit);
        if (recent.size() < limit) {
            return Instant.MIN;
        }
        return recent.get(limit - 1).toInstant().plus(properties.failureWindow());
    }
}
