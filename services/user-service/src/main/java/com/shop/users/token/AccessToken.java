package com.shop.users.token;

import java.time.Instant;

/** A signed access token and when it expires. */
public record AccessToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
