package com.shop.users;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.concurrent.Future;

import static org.awaitility.Awaitility.await;

/** Lets a test hold a transaction open until a statement of a concurrent transaction waits for one of its locks. */
public final class LockWaits {

    private static final Duration AT_MOST = Duration.ofSeconds(10);

    private LockWaits() {
    }

    public static void awaitAStatementWaitingForALock(JdbcTemplate jdbc) {
        await().atMost(AT_MOST).until(() -> aStatementIsWaitingForALock(jdbc));
    }

    /**
     * Waits until a statement waits for a lock or {@code task} is done: a task that finished without waiting for
     * the test's locks went ahead of them, which the test then sees in what the task did.
     */
    public static void awaitAStatementWaitingForALockOrTheEndOf(Future<?> task, JdbcTemplate jdbc) {
        await().atMost(AT_MOST).until(() -> task.isDone() || aStatementIsWaitingForALock(jdbc));
    }

    private static boolean aStatementIsWaitingForALock(JdbcTemplate jdbc) {
        Integer waiting = jdbc.queryForObject(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
                Integer.class);
        return waiting != null && waiting > 0;
    }
}
