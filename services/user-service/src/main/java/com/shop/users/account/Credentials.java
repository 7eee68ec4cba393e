package com.shop.users.account;

import com.shop.routes.security.Role;

import java.util.Set;

/** What a login checks: the account's password hash, roles and lock. Never leaves the service. */
public record Credentials(String userId, String passwordHash, Set<Role> roles, boolean locked) {

    public Credentials {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "Credentials[userId=" + userId + ", roles=" + roles + ", locked=" + locked + "]";
    }
}
