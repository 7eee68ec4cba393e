package com.shop.users;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Lets a test hold a transaction open until a statement of a concurrent transaction waits for one of its locks. */
public final class LockWaits {

    private LockWaits() {
    }

    public static void awaitAStatementWaitingForALock(JdbcTemplate jdbc) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            Integer waiting = jdbc.queryForObject(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
                    Integer.class);
            return waiting != null && waiting > 0;
        });
    }
}
