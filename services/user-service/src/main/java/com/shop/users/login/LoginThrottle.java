package com.shop.users.login;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

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
 * <p>
 * The limits hold however many logins arrive at once: a login counts as failed from the moment it passes the check,
 * before its password is checked. The check and that failure are one short transaction that first takes advisory
 * locks on the email and then on the client address (always in that order, so that logins cannot deadlock): each
 * login sees every one that passed before it, and logins for other emails from other addresses never wait. The locks
 * end with that transaction, before the slow bcrypt check. A correct password then takes its failure back and
 * forgives the address's others for the email; an error takes it back too (it comes before any password was
 * compared, or after a correct one, so it tells a guesser nothing); a wrong password leaves it. A login whose
 * instance dies in between stays a failure.
 */
@Component
class LoginThrottle {

    /** The first key of the advisory locks on emails and on client addresses; the second is the value's hash. */
    private static final int EMAIL_LOCKS = 1_180_001;
    private static final int CLIENT_LOCKS = 1_180_002;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LoginProperties properties;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, TransactionTemplate transactions, LoginProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** A login of {@code email} from {@code clientIp} that passed the check and counts as failed until it is settled. */
    record Attempt(long id, String email, String clientIp) {
    }

    /**
     * Counts a login as failed, unless the email, from this client or overall, or the client has failed too often:
     * then it refuses with {@link LoginThrottledException} and counts nothing.
     */
    Attempt begin(String email, String clientIp) {
        return transactions.execute(status -> {
            jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", rs -> null, EMAIL_LOCKS, email);
            jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", rs -> null, CLIENT_LOCKS, clientIp);
            Instant now = clock.instant();
            check(email, clientIp, now);
            Long id = jdbc.queryForObject("INSERT INTO login_failures (email, client_ip, failed_at) VALUES (?, ?, ?) RETURNING id",
                    Long.class, email, clientIp, Timestamp.from(now));
            return new Attempt(id, email, clientIp);
        });
    }

    /**
     * The password was correct: the login is no failure, and the account's failures from the address it came from are
     * forgiven. Those from other addresses stay: a guesser is not let off by the owner's login, and still counts
     * towards the account's overall limit. The forgiving comes first and takes this login's row with the others: had
     * the row gone first, two correct logins at once could each wait for the other's.
     */
    void succeeded(Attempt attempt) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("UPDATE login_failures SET forgiven = true WHERE email = ? AND client_ip = ? AND NOT forgiven",
                    attempt.email(), attempt.clientIp());
            withdraw(attempt);
        });
    }

    /** The login ended in an error: it is no failure. */
    void withdraw(Attempt attempt) {
        jdbc.update("DELETE FROM login_failures WHERE id = ?", attempt.id());
    }

    int purge() {
        return jdbc.update("DELETE FROM login_failures WHERE failed_at < ?",
                Timestamp.from(clock.instant().minus(properties.failureWindow())));
    }

    private void check(String email, String clientIp, Instant now) {
        Instant windowStart = now.minus(properties.failureWindow());
        Instant opens = latest(
                reopening("email = ? AND client_ip = ? AND NOT forgiven", properties.maxFailuresPerAccountAndClient(), windowStart, email, clientIp),
                reopening("email = ? AND NOT forgiven", properties.maxFailuresPerAccount(), windowStart, email),
                reopening("client_ip = ?", properties.maxFailuresPerClient(), windowStart, clientIp));
        if (opens.isAfter(now)) {
            throw new LoginThrottledException(Duration.between(now, opens));
        }
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
