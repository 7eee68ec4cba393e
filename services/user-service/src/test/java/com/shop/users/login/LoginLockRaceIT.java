package com.shop.users.login;

import com.shop.routes.security.Caller;
import com.shop.routes.security.Role;
import com.shop.users.LockWaits;
import com.shop.users.UserServiceTest;
import com.shop.users.admin.AccountAdministration;
import com.shop.users.admin.LockChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin locks an account while its owner logs in on another connection: whichever of the two comes first, the
 * login leaves no session that the lock did not end (an unlock would bring it back), and a login that waited for
 * the lock is refused.
 */
class LoginLockRaceIT extends UserServiceTest {

    @Autowired
    AccountAdministration administration;
    @Autowired
    Sessions sessions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService other = Executors.newSingleThreadExecutor();
    private String email;
    private String userId;
    private Caller admin;

    @BeforeEach
    void anAccountAndAnAdmin() {
        email = uniqueEmail("lena");
        userId = register(email, PASSWORD).get("id").asText();
        admin = new Caller(admin().id(), Set.of(Role.ADMIN));
    }

    @AfterEach
    void stopTheOtherThread() {
        other.shutdownNow();
    }

    @Test
    void aLoginDuringALockOfItsAccountIsRefusedOnceTheLockCommitsAndStartsNoSession() throws Exception {
        AtomicReference<Future<HttpResponse<String>>> loggingIn = new AtomicReference<>();
        transactions.executeWithoutResult(status -> {
            administration.changeLock(admin, userId, new LockChange(true));
            loggingIn.set(other.submit(() -> login(email, PASSWORD)));
            LockWaits.awaitAStatementWaitingForALockOrTheEndOf(loggingIn.get(), jdbc);
        });
        HttpResponse<String> login = loggingIn.get().get(10, TimeUnit.SECONDS);

        assertProblem(login, 401, "Unauthorized");
        assertThat(json(login).get("detail").asText()).isEqualTo(Logins.REFUSED);
        assertThat(activeSessions()).isZero();
    }

    @Test
    void aLockDuringALoginEndsTheSessionThatLoginStarts() throws Exception {
        AtomicReference<Future<?>> locking = new AtomicReference<>();
        Optional<Tokens> started = transactions.execute(status -> {
            Optional<Tokens> tokens = sessions.start(userId);
            locking.set(other.submit(() -> administration.changeLock(admin, userId, new LockChange(true))));
            LockWaits.awaitAStatementWaitingForALockOrTheEndOf(locking.get(), jdbc);
            return tokens;
        });
        locking.get().get(10, TimeUnit.SECONDS);

        assertThat(started).isPresent();
        assertThat(activeSessions()).isZero();
    }

    private int activeSessions() {
        Integer active = jdbc.queryForObject(
                "SELECT count(*) FROM refresh_token_families WHERE user_id = ? AND revoked_at IS NULL",
                Integer.class, UUID.fromString(userId));
        return active == null ? 0 : active;
    }
}
