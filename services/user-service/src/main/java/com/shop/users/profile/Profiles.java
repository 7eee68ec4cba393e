package com.shop.users.profile;

import com.shop.routes.rest.ProblemException;
import com.shop.users.account.Account;
import com.shop.users.account.AccountEvents;
import com.shop.users.account.AccountStore;
import com.shop.users.account.Contact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own profile: reading it, and changing it with {@code UserUpdated} in the same transaction. */
@Service
public class Profiles {

    private final AccountStore accounts;
    private final AccountEvents events;

    Profiles(AccountStore accounts, AccountEvents events) {
        this.accounts = accounts;
        this.events = events;
    }

    public Account get(String userId) {
        return accounts.find(userId).orElseThrow(() -> ProblemException.notFound("No account " + userId));
    }

    @Transactional
    public Account update(String userId, ProfileChanges changes) {
        Contact contact = new Contact(changes.name().trim(), changes.phone(), changes.address(), changes.channels(),
                changes.pushToken()).requireReachable();
        if (!accounts.updateContact(userId, contact)) {
            throw ProblemException.notFound("No account " + userId);
        }
        Account account = get(userId);
        events.updated(account);
        return account;
    }
}
