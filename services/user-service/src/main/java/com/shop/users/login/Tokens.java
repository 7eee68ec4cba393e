package com.shop.users.login;

import com.shop.users.token.AccessToken;
import com.shop.users.token.RefreshToken;

import java.time.Clock;
import java.time.Duration;

/** The answer to a login or a refresh: a bearer access token and the refresh token that renews it, with their lifetimes in seconds. */
public record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {

    static Tokens of(AccessToken access, RefreshToken refresh, Clock clock) {
        return new Tokens(access.value(), "Bearer", Duration.between(clock.instant(), access.expiresAt()).toSeconds(),
                refresh.value(), Duration.between(clock.instant(), refresh.expiresAt()).toSeconds());
    }

    @Override
    public String toString() {
        return "Tokens[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
