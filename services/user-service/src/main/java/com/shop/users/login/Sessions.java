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
 * A login's session: starting it once the password is checked, renewing the access token with the refresh token
 * (which rotates it; a reused one ends the session) and logging out (which ends it). Both start and renewal read the
 * account's current roles, and a locked account can do neither.
 * <p>
 * Row locks are taken in one order, so that starts, renewals, logouts and an admin's lock of the account cannot
 * deadlock: the account's users row first, then refresh-token rows (a token's before its family's). A start holds
 * the users row FOR SHARE and then inserts a family; a lock updates the users row and then revokes the families; a
 * renewal locks a token and its family and reads the account without locking it (locking it there would reverse
 * the order).
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

    /**
     * Tokens of a new session for the account a login proved, or empty when the account is locked (or gone).
     * Holding the account's row while the session starts serializes the start with a lock of the account, which
     * updates that row before it revokes the sessions: either the lock waits and then revokes this session, or the
     * start waits and reads the committed lock.
     */
    @Transactional
    public Optional<Tokens> start(String userId) {
        return accounts.shareCredentialsOf(userId).filter(c -> !c.locked()).map(c -> Tokens.of(
                accessTokens.issue(c.userId(), c.roles()), refreshTokens.start(c.userId()), clock));
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
