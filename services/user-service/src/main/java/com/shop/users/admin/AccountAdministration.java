package com.shop.users.admin;

import com.shop.routes.rest.ProblemException;
import com.shop.routes.security.Caller;
import com.shop.routes.security.Role;
import com.shop.users.account.Account;
import com.shop.users.account.AccountPage;
import com.shop.users.account.AccountStore;
import com.shop.users.token.RefreshTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins' work on accounts: list them, change roles, lock and unlock. An admin cannot demote or lock
 * themselves (the platform must keep an admin who can undo it); locking ends every session of the account.
 */
@Service
public class AccountAdministration {

    private final AccountStore accounts;
    private final RefreshTokens refreshTokens;

    AccountAdministration(AccountStore accounts, RefreshTokens refreshTokens) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
    }

    public AccountPage list(int page, int size) {
        return accounts.page(page, size);
    }

    @Transactional
    public Account changeRoles(Caller admin, String userId, RoleChange change) {
        if (admin.userId().equals(userId) && !change.roles().contains(Role.ADMIN)) {
            throw ProblemException.conflict("An admin cannot take the ADMIN role from themselves");
        }
        if (!accounts.updateRoles(userId, change.roles())) {
            throw notFound(userId);
        }
        return accounts.find(userId).orElseThrow(() -> notFound(userId));
    }

    @Transactional
    public Account changeLock(Caller admin, String userId, LockChange change) {
        if (admin.userId().equals(userId) && change.locked()) {
            throw ProblemException.conflict("An admin cannot lock their own account");
        }
        // The update locks the account's row before its sessions are revoked, in the lock order of Sessions: a login
        // holding the row FOR SHARE finishes first and its session is revoked below; a later one waits for this
        // transaction and is refused.
        if (!accounts.updateLocked(userId, change.locked())) {
            throw notFound(userId);
        }
        if (change.locked()) {
            refreshTokens.revokeAllOf(userId);
        }
        return accounts.find(userId).orElseThrow(() -> notFound(userId));
    }

    private static ProblemException notFound(String userId) {
        return ProblemException.notFound("No account " + userId);
    }
}
