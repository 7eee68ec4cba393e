package com.shop.users.login;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Slows down password guessing: once an email (known or not, so that throttling reveals nothing) has too many failed
 * logins within the window from one client address, or from all together, or a client address has too many for any
 * emails, the logins they cover are refused until the oldest of those failures leaves the window. A guesser thus
 * locks out itself, not the account's owner at another address. Failures live in the database, so every instance
 * counts them.
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

    /** Refuses with {@link LoginThrottledException} when the email, from this client or overall, or the client has failed too often. */
    void check(String email, String clientIp) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(properties.failureWindow());
        Instant opens = latest(
                reopening("email = ? AND client_ip = ? AND NOT forgiven", properties.maxFailuresPerAccountAndClient(), windowStart, email, clientIp),
                reopening("email = ? AND NOT forgiven", properties.maxFailuresPerAccount(), windowStart, email),
                reopening("client_ip = ?", properties.maxFailuresPerClient(), windowStart, clientIp));
        if (opens.isAfter(now)) {
            throw new LoginThrottledException(Duration.between(now, opens));
        }
    }

    void recordFailure(String email, String clientIp) {
        jdbc.update("INSERT INTO login_failures (email, client_ip, failed_at) VALUES (?, ?, ?)",
                email, clientIp, Timestamp.from(clock.instant()));
    }

    /**
     * A successful login forgives the account's failures from the address it came from. Those from other addresses stay:
     * a guesser is not let off by the owner's login, and still counts towards the account's overall limit.
     */
    void forgive(String email, String clientIp) {
        jdbc.update("UPDATE login_failures SET forgiven = true WHERE email = ? AND client_ip = ? AND NOT forgiven", email, clientIp);
    }

    int purge() {
        return jdbc.update("DELETE FROM login_failures WHERE failed_at < ?",
                Timestamp.from(clock.instant().minus(properties.failureWindow())));
    }

    /** When the failures matching {@code condition} allow logins again: the time the limit-th most recent one leaves the window. */
    private Instant reopening(String condition, int limit, Instant windowStart, Object... values) {
        Object[] arguments = Stream.concat(Arrays.stream(values), Stream.of(Timestamp.from(windowStart), limit)).toArray();
        List<Timestamp> recent = jdbc.queryForList("SELECT failed_at FROM login_failures WHERE " + condition
                + " AND failed_at > ? ORDER BY failed_at DESC LIMIT ?", Timestamp.class, arguments);
        if (recent.size() < limit) {
            return Instant.MIN;
        }
        return recent.get(limit - 1).toInstant().plus(properties.failureWindow());
    }

    private static Instant latest(Instant... instants) {
        return Stream.of(instants).max(Instant::compareTo).orElseThrow();
    }
}
