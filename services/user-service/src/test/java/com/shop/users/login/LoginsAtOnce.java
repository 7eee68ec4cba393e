package com.shop.users.login;

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

    LoginsAtOnce(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Sends {@code count} logins; unlocks once more of them wait for the accounts than the {@code passing}, or once
     * all but those were answered.
     */
    List<HttpResponse<String>> send(int count, int passing, IntFunction<HttpResponse<String>> login) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(count);
        try {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            transactions.executeWithoutResult(status -> {
                jdbc.execute("LOCK TABLE users IN ACCESS EXCLUSIVE MODE");
                IntStream.range(0, count).forEach(i -> sent.add(senders.submit(() -> login.apply(i))));
                await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() ->
                        loginsWaitingForTheAccounts() > passing || sent.stream().filter(Future::isDone).count() >= count - passing);
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
}
