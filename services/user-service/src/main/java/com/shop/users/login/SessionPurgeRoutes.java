package com.shop.users.login;

import com.shop.users.token.RefreshTokens;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Hourly clean-up: failed logins that no longer count, refresh tokens long expired. */
@Component
public class SessionPurgeRoutes extends RouteBuilder {

    private final LoginThrottle throttle;
    private final RefreshTokens refreshTokens;

    public SessionPurgeRoutes(LoginThrottle throttle, RefreshTokens refreshTokens) {
        this.throttle = throttle;
        this.refreshTokens = refreshTokens;
    }

    @Override
    public void configure() {
        from("timer:user-session-purge?delay=60000&period=3600000").routeId("user-session-purge")
                .setBody(e -> throttle.purge() + refreshTokens.purgeExpired())
                .filter(simple("${body} > 0"))
                    .log("purged ${body} expired login failures and refresh tokens");
    }
}
