package com.shop.users.registration;

import com.shop.routes.rest.FieldProblem;
import com.shop.routes.rest.ProblemException;
import com.shop.routes.security.Role;
import com.shop.users.account.Account;
import com.shop.users.account.AccountEvents;
import com.shop.users.account.AccountStore;
import com.shop.users.account.Contact;
import com.shop.users.account.Emails;
import com.shop.users.account.PasswordPolicy;
import com.shop.users.account.Passwords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Creating accounts: one per email, a password that passes the policy. A customer's account is announced
 * with {@code UserRegistered} in the same transaction; an operator's account (an admin set up by
 * operators) is not a customer to notify and is not announced.
 */
@Service
public class Registrations {

    private final AccountStore accounts;
    private final Passwords passwords;
    private final AccountEvents events;
    private final RegistrationMetrics metrics;

    Registrations(AccountStore accounts, Passwords passwords, AccountEvents events, RegistrationMetrics metrics) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.events = events;
        this.metrics = metrics;
    }

    /** A customer signs up. */
    @Transactional
    public Account register(NewAccount request) {
        String email = Emails.normalize(request.email());
        Contact contact = contact(request);
        List<FieldProblem> problems = events.contractProblems(email, contact);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        Account account = create(email, request.password(), contact, Set.of(Role.CUSTOMER));
        events.registered(account);
        metrics.registered();
        return account;
    }

    /** An operator's account with the ADMIN role, for operators' set-up (the local platform's admin). */
    @Transactional
    public Account createOperator(NewAccount request) {
        return create(Emails.normalize(request.email()), request.password(), contact(request), Set.of(Role.CUSTOMER, Role.ADMIN));
    }

    private Account create(String email, String password, Contact contact, Set<Role> roles) {
        List<String> weaknesses = PasswordPolicy.problems(password, email);
        if (!weaknesses.isEmpty()) {
            throw ProblemException.invalid(List.of(new FieldProblem("password", String.join("; ", weaknesses))));
        }
        UUID id = UUID.randomUUID();
        if (!accounts.insert(id, email, passwords.hash(password), contact, roles)) {
            throw ProblemException.conflict("An account with this email already exists");
        }
        return accounts.find(id.toString()).orElseThrow();
    }

    private static Contact contact(NewAccount request) {
        return new Contact(request.name().trim(), request.phone(), request.address(), request.channels(),
                request.pushToken()).requireReachable();
    }
}
