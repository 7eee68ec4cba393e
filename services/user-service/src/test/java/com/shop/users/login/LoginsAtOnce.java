package com.shop.users.login;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;

/**
 * Sends logins all at once while the accounts table is locked, so that every login let past the throttle waits before
 * its password is checked, as behind a slow check; the lock holds until the throttle has decided on every login.
 */
final class LoginsAtOnce {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MeterRegistry metrics;

    LoginsAtOnce(JdbcTemplate jdbc, TransactionTemplate transactions, MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.metrics = metrics;
    }

    /**
     * Sends {@code count} logins; unlocks once more of them wait for the accounts than the {@code passing}, or once
     * all but those were answered, or once those wait for the accounts and all the others wait for them to settle.
     */
    List<HttpResponse<String>> send(int count, int passing, IntFunction<HttpResponse<String>> login) throws Exception {
        return send(count, passing, login, true);
    }

    /** As {@link #send}, but keeps the passing ones from settling until all the others were answered. */
    List<HttpResponse<String>> sendHoldingThePassingUntilTheOthersAreAnswered(int count, int passing,
                                                                              IntFunction<HttpResponse<String>> login) throws Exception {
        return send(count, passing, login, false);
    }

    private List<HttpResponse<String>> send(int count, int passing, IntFunction<HttpResponse<String>> login,
                                            boolean unlockOnceTheOthersWait) throws Exception {
        double waitsBefore = waits();
        ExecutorService senders = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            transactions.executeWithoutResult(status -> {
                jdbc.execute("LOCK TABLE users IN ACCESS EXCLUSIVE MODE");
                IntStream.range(0, count).forEach(i -> sent.add(senders.submit(() -> login.apply(i))));
                await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> {
                    int held = loginsWaitingForTheAccounts();
                    return held > passing || sent.stream().filter(Future::isDone).count() >= count - passing
                            || unlockOnceTheOthersWait && held == passing && waits() - waitsBefore >= count - passing;
                });
            });
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get(30, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            senders.shutdownNow();
        }
    }

    private int loginsWaitingForTheAccounts() {
        Integer waiting = jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'users'::regclass"
                + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", Integer.class);
        return waiting == null ? 0 : waiting;
    }

    /** How many logins have waited for others in progress to settle, so far. */
    private double waits() {
        return metrics.counter("users.logins.waits").count();
    }
}
