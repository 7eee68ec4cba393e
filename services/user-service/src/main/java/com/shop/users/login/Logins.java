package com.shop.users.login;

import com.shop.routes.rest.ProblemException;
import com.shop.users.account.AccountStore;
import com.shop.users.account.Credentials;
import com.shop.users.account.Emails;
import com.shop.users.account.Passwords;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Logging in with email and password. A wrong password, an unknown email and a locked account get the
 * same 401 after the same bcrypt work, so a login reveals nothing about which accounts exist; a login
 * counts towards throttling from before its password is checked, and as a failure once it was refused (see
 * {@link LoginThrottle}).
 * Whether the account is locked is decided where the session starts, serialized with a lock of the
 * account (see {@link Sessions#start}).
 */
@Service
public class Logins {

    static final String REFUSED = "The email or password is not correct";

    private final AccountStore accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final LoginMetrics metrics;

    Logins(AccountStore accounts, Passwords passwords, LoginThrottle throttle, Sessions sessions, LoginMetrics metrics) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.sessions = sessions;
        this.metrics = metrics;
    }

    public LoggedIn login(LoginRequest request, String clientIp) {
        String email = Emails.normalize(request.email());
        LoginThrottle.Attempt attempt;
        try {
            attempt = throttle.begin(email, clientIp);
        } catch (LoginThrottledException e) {
            metrics.login(e.isBusy() ? "busy" : "throttled");
            throw e;
        }
        Optional<LoggedIn> loggedIn = authenticate(attempt, request.password());
        if (loggedIn.isEmpty()) {
            throttle.failed(attempt);
            metrics.login("refused");
            throw new ProblemException(401, "Unauthorized", REFUSED);
        }
        throttle.succeeded(attempt);
        metrics.login("success");
        return loggedIn.get();
    }

    /** The session a correct password starts, or empty; an error withdraws the attempt from the failures. */
    private Optional<LoggedIn> authenticate(LoginThrottle.Attempt attempt, String password) {
        try {
            Credentials credentials = accounts.credentials(attempt.email()).orElse(null);
            if (!passwords.matches(password, credentials)) {
                return Optional.empty();
            }
            return sessions.start(credentials.userId()).map(tokens -> new LoggedIn(credentials.userId(), tokens));
        } catch (RuntimeException e) {
            try {
                throttle.withdraw(attempt);
            } catch (RuntimeException withdrawal) {
                e.addSuppressed(withdrawal);
            }
            throw e;
        }
    }
}
