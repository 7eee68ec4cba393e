package com.shop.users.login;

import com.shop.routes.rest.ProblemException;
import com.shop.users.account.AccountStore;
import com.shop.users.account.Credentials;
import com.shop.users.account.Emails;
import com.shop.users.account.Passwords;
import com.shop.users.token.AccessTokens;
import com.shop.users.token.RefreshTokens;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Logging in with email and password. A wrong password, an unknown email and a locked account get the
 * same 401 after the same bcrypt work, so a login reveals nothing about which accounts exist; failures
 * count towards throttling.
 */
@Service
public class Logins {

    static final String REFUSED = "The email or password is not correct";

    private final AccountStore accounts;
    private final Passwords passwords;
    private final LoginThrottle throttle;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final LoginMetrics metrics;
    private final Clock clock;

    Logins(AccountStore accounts, Passwords passwords, LoginThrottle throttle, AccessTokens accessTokens,
           RefreshTokens refreshTokens, LoginMetrics metrics, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.metrics = metrics;
        this.clock = clock;
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
        if (!passwordMatches || credentials.locked()) {
            throttle.recordFailure(email, clientIp);
            metrics.login("refused");
            throw new ProblemException(401, "Unauthorized", REFUSED);
        }
        throttle.forgive(email);
        metrics.login("success");
        return new LoggedIn(credentials.userId(), Tokens.of(accessTokens.issue(credentials.userId(), credentials.roles()),
                refreshTokens.start(credentials.userId()), clock));
    }
}
