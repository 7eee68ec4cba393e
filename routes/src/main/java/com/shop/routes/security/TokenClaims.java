package com.shop.routes.security;

/** The claims of an access token beyond the registered ones: the contract between user-service and every service. */
public final class TokenClaims {

    /** The caller's roles, a JSON array of {@link Role} names. */
    public static final String ROLES = "roles";

    private TokenClaims() {
    }
}
