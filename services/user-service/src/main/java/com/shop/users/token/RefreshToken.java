package com.shop.users.token;

import java.time.Instant;

/** A new refresh token as the client receives it: opaque, random, shown once. */
public record RefreshToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "RefreshToken[expiresAt=" + expiresAt + "]";
    }
}
