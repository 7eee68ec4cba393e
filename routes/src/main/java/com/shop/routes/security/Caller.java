package com.shop.routes.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Who sent a request, as its validated access token says: the user id ({@code sub}) and the roles. */
public record Caller(String userId, Set<Role> roles) {

    /** The request attribute under which the security filter leaves the caller of an authenticated request. */
    public static final String REQUEST_ATTRIBUTE = Caller.class.getName();

    public Caller {
        roles = Set.copyOf(roles);
    }

    static Caller from(Jwt token) {
        List<String> names = token.getClaimAsStringList(TokenClaims.ROLES);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (Role role : Role.values()) {
                if (names.contains(role.name())) {
                    roles.add(role);
                }
            }
        }
        return new Caller(token.getSubject(), roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** True when the caller owns the resource of {@code ownerId} or is an admin. */
    public boolean mayAccess(String ownerId) {
        return isAdmin() || userId.equals(ownerId);
    }
}
