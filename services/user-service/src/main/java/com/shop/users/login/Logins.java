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
 * same 401 after the same bcrypt work, so a login reveals nothing about which accounts exist; failures
 * count towards throttling. Whether the account is locked is decided where the session starts, serialized
 * with a lock of the account (see {@link Sessions#start}).
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
        try {
            throttle.check(email, clientIp);
        } catch (LoginThrottledException e) {
            metrics.login("throttled");
            throw e;
        }
        Credentials credentials = accounts.credentials(email).orElse(null);
        boolean passwordMatches = passwords.matches(request.password(), credentials);
        Optional<Tokens> tokens = passwordMatches ? sessions.start(credentials.userId()) : Optional.empty();
        if (tokens.isEmpty()) {
            throttle.recordFailure(email, clientIp);
            metrics.login("refused");
            throw new ProblemException(401, "Unauthorized", REFUSED);
        }
        throttle.forgive(email, clientIp);
        metrics.login("success");
        return new LoggedIn(credentials.userId(), tokens.get());
    }
}
