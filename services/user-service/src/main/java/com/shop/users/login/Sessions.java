package com.shop.users.login;

import com.shop.routes.rest.ProblemException;
import com.shop.users.account.AccountStore;
import com.shop.users.account.Credentials;
import com.shop.users.token.AccessTokens;
import com.shop.users.token.RefreshTokens;
import com.shop.users.token.RefreshTokens.Presented;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/**
 * A login's session after the login: renewing the access token with the refresh token (which rotates it;
 * a reused one ends the session) and logging out (which ends it). Renewal reads the account's current
 * roles, and a locked account cannot renew.
 */
@Service
public class Sessions {

    private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final AccountStore accounts;
    private final LoginMetrics metrics;
    private final Clock clock;

    Sessions(RefreshTokens refreshTokens, AccessTokens accessTokens, AccountStore accounts, LoginMetrics metrics,
             Clock clock) {
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.accounts = accounts;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** New tokens for a valid refresh token; a refusal keeps what it revoked (no rollback). */
    @Transactional(noRollbackFor = ProblemException.class)
    public Tokens refresh(String refreshToken) {
        Presented presented = refreshTokens.present(refreshToken);
        switch (presented.decision()) {
            case REFUSE -> {
                metrics.refresh("refused");
                throw refused();
            }
            case REVOKE_FAMILY -> {
                LOG.warn("a rotated refresh token of user {} was used again: its session is revoked", presented.userId());
                metrics.refresh("reused");
                throw refused();
            }
            case ROTATE -> {
                Optional<Credentials> account = accounts.credentialsOf(presented.userId()).filter(c -> !c.locked());
                if (account.isEmpty()) {
                    refreshTokens.revokeFamily(presented.familyId());
                    metrics.refresh("refused");
                    throw refused();
                }
                metrics.refresh("rotated");
                Credentials credentials = account.get();
                return Tokens.of(accessTokens.issue(credentials.userId(), credentials.roles()), presented.replacement(), clock);
            }
            default -> throw new IllegalStateException("unknown decision " + presented.decision());
        }
    }

    /** Ends the session of {@code refreshToken}; an unknown token ends nothing and is not an error. */
    public void logout(String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken);
    }

    private static ProblemException refused() {
        return new ProblemException(401, "Unauthorized", "The refresh token is invalid, expired or revoked; log in again");
    }
}
