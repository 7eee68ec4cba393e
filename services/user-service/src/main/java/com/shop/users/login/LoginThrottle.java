package com.shop.users.login;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Slows down password guessing: once an email (known or not, so that throttling reveals nothing) has too many failed
 * logins within the window from one client address, or from all together, or a client address has too many for any
 * emails, the logins they cover are refused until the oldest of those failures leaves the window. A guesser thus
 * locks out itself, not the account's owner at another address. Failures live in the database, so every instance
 * counts them.
 * <p>
 * The limits hold however many logins arrive at once: a login counts towards them from the moment it passes the check,
 * while its password is still being checked. The check and that count are one short transaction that first takes
 * advisory locks on the email and then on the client address (always in that order, so that logins cannot deadlock):
 * each login sees every one that passed before it, and logins for other emails from other addresses never wait. The
 * locks end with that transaction, before the slow bcrypt check. A wrong password then settles the login as a failure;
 * a correct password takes it back and forgives the address's settled failures for the email; an error takes it back
 * too (it comes before any password was compared, or after a correct one, so it tells a guesser nothing).
 * <p>
 * A login that reaches a limit only because of logins still in progress (the failures alone are under it) is not
 * refused for the window: it lets go of the locks, pauses a few tens of milliseconds and checks again, for at most the
 * settle wait, and is then refused as busy, to retry in a second. Guesses sent together thus still get no more tries
 * than the limit, the others being refused for the window once the tried ones failed, while correct logins sent
 * together (colleagues behind one address) all get in. A login still in progress after abandoned-after counts as a
 * failure: its instance stopped before it could tell.
 */
@Component
class LoginThrottle {

    /** The first key of the advisory locks on emails and on client addresses; the second is the value's hash. */
    private static final int EMAIL_LOCKS = 1_180_001;
    private static final int CLIENT_LOCKS = 1_180_002;
    /** The pause before checking again for logins in progress: the first, doubled each time up to the longest. */
    private static final Duration FIRST_PAUSE = Duration.ofMillis(25);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(200);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final LoginProperties properties;
    private final LoginMetrics metrics;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, TransactionTemplate transactions, LoginProperties properties, LoginMetrics metrics,
                  Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** A login of {@code email} from {@code clientIp} that passed the check and is in progress until it is settled. */
    record Attempt(long id, String email, String clientIp) {
    }

    /**
     * Counts a login towards the limits while its password is checked, unless the email, from this client or overall,
     * or the client has failed too often: then it refuses with {@link LoginThrottledException} and counts nothing.
     * While only logins in progress keep it out, it waits for them, at most the settle wait, and then refuses as busy.
     */
    Attempt begin(String email, String clientIp) {
        long deadline = System.nanoTime() + properties.settleWait().toNanos();
        Duration pause = FIRST_PAUSE;
        for (boolean first = true; ; first = false) {
            Optional<Attempt> attempt = Objects.requireNonNull(transactions.execute(status -> tryBegin(email, clientIp)));
            if (attempt.isPresent()) {
                return attempt.get();
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw LoginThrottledException.busy();
            }
            if (first) {
                metrics.loginWaits();
            }
            pause(Math.min(ThreadLocalRandom.current().nextLong(pause.toNanos() / 2, pause.toNanos() + 1), left));
            if (pause.compareTo(LONGEST_PAUSE) < 0) {
                pause = pause.multipliedBy(2);
            }
        }
    }

    /** The password was wrong: the login is a failure. */
    void failed(Attempt attempt) {
        jdbc.update("UPDATE login_failures SET settled = true WHERE id = ?", attempt.id());
    }

    /**
     * The password was correct: the login is no failure, and the account's failures from the address it came from are
     * forgiven; logins of the account from there still in progress are not, as they may yet fail. Failures from other
     * addresses stay: a guesser is not let off by the owner's login, and still counts towards the account's overall
     * limit. The forgiving comes first and this login's row goes last, so that two correct logins at once never each
     * hold a row the other's forgiving waits for.
     */
    void succeeded(Attempt attempt) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("UPDATE login_failures SET forgiven = true WHERE email = ? AND client_ip = ? AND NOT forgiven"
                            + " AND (settled OR failed_at <= ?)",
                    attempt.email(), attempt.clientIp(), Timestamp.from(abandonedBefore(clock.instant())));
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

    /** The login counted as in progress, or empty while logins in progress keep it out; throws while failures do. */
    private Optional<Attempt> tryBegin(String email, String clientIp) {
        jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", rs -> null, EMAIL_LOCKS, email);
        jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", rs -> null, CLIENT_LOCKS, clientIp);
        Instant now = clock.instant();
        List<Standing> limits = List.of(
                standing("email = ? AND client_ip = ? AND NOT forgiven", properties.maxFailuresPerAccountAndClient(), now, email, clientIp),
                standing("email = ? AND NOT forgiven", properties.maxFailuresPerAccount(), now, email),
                standing("client_ip = ?", properties.maxFailuresPerClient(), now, clientIp));
        Optional<Instant> opens = limits.stream().map(Standing::opens).flatMap(Optional::stream).max(Comparator.naturalOrder());
        if (opens.isPresent()) {
            throw LoginThrottledException.failedTooOften(Duration.between(now, opens.get()));
        }
        if (limits.stream().anyMatch(Standing::reached)) {
            return Optional.empty();
        }
        Long id = jdbc.queryForObject("INSERT INTO login_failures (email, client_ip, failed_at, settled) VALUES (?, ?, ?, false)"
                + " RETURNING id", Long.class, email, clientIp, Timestamp.from(now));
        return Optional.of(new Attempt(Objects.requireNonNull(id), email, clientIp));
    }

    /**
     * Where the logins matching {@code condition} within the window stand against {@code limit}: whether they reach it,
     * failures and logins in progress together, and, when the failures alone do, the time the limit-th most recent
     * failure leaves the window.
     */
    private Standing standing(String condition, int limit, Instant now, Object... values) {
        List<Object> arguments = new ArrayList<>();
        arguments.add(Timestamp.from(abandonedBefore(now)));
        arguments.addAll(List.of(values));
        arguments.add(Timestamp.from(now.minus(properties.failureWindow())));
        arguments.add(limit);
        List<Counted> recent = jdbc.query("SELECT failed_at, settled OR failed_at <= ? AS failed FROM login_failures WHERE "
                        + condition + " AND failed_at > ? ORDER BY failed DESC, failed_at DESC LIMIT ?",
                (rs, row) -> new Counted(rs.getTimestamp("failed_at").toInstant(), rs.getBoolean("failed")), arguments.toArray());
        if (recent.size() < limit) {
            return new Standing(false, Optional.empty());
        }
        Counted last = recent.get(limit - 1);
        return new Standing(true, last.failed() ? Optional.of(last.at().plus(properties.failureWindow())) : Optional.empty());
    }

    /** Logins still in progress that began before this count as failures. */
    private Instant abandonedBefore(Instant now) {
        return now.minus(properties.abandonedAfter());
    }

    private static void pause(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LoginThrottledException.busy();
        }
    }

    private record Counted(Instant at, boolean failed) {
    }

    private record Standing(boolean reached, Optional<Instant> opens) {
    }
}
