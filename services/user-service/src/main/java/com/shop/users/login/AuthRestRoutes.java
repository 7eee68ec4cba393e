package com.shop.users.login;

import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.RestPolicy;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Login, token renewal and logout over REST; all public (they carry their own credentials). */
@Component
public class AuthRestRoutes extends RouteBuilder {

    private final Logins logins;
    private final Sessions sessions;
    private final JsonBodies json;

    public AuthRestRoutes(Logins logins, Sessions sessions, JsonBodies json) {
        this.logins = logins;
        this.sessions = sessions;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/auth").description("Login and tokens")
                .post("/login").description("Log in with email and password: an access token and a refresh token")
                    .type(LoginRequest.class).outType(Tokens.class).to("direct:user-login")
                .post("/refresh").description("Exchange a refresh token for new tokens (the old one stops working)")
                    .type(RefreshRequest.class).outType(Tokens.class).to("direct:user-refresh")
                .post("/logout").description("Revoke a refresh token and every token renewed from it")
                    .type(RefreshRequest.class).to("direct:user-logout");

        from("direct:user-login").routeId("user-login").routeConfigurationId(RestPolicy.ID)
                .process(json.request(LoginRequest.class))
                .process(this::login)
                .log("user ${body.userId} logged in")
                .setBody(simple("${body.tokens}"))
                .process(json.response(200));

        from("direct:user-refresh").routeId("user-refresh").routeConfigurationId(RestPolicy.ID)
                .process(json.request(RefreshRequest.class))
                .setBody(e -> sessions.refresh(e.getIn().getBody(RefreshRequest.class).refreshToken()))
                .process(json.response(200));

        from("direct:user-logout").routeId("user-logout").routeConfigurationId(RestPolicy.ID)
                .process(json.request(RefreshRequest.class))
                .process(e -> sessions.logout(e.getIn().getBody(RefreshRequest.class).refreshToken()))
                .setBody(constant(""))
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(204));
    }

    private void login(Exchange exchange) {
        try {
            exchange.getMessage().setBody(logins.login(exchange.getIn().getBody(LoginRequest.class), ClientAddress.of(exchange)));
        } catch (LoginThrottledException e) {
            exchange.getMessage().setHeader("Retry-After", e.retryAfterSeconds());
            throw e;
        }
    }
}
