package com.shop.users.registration;

import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.RestPolicy;
import com.shop.users.account.Account;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Sign-up over REST: anyone may create a customer account. */
@Component
public class RegistrationRestRoutes extends RouteBuilder {

    private final Registrations registrations;
    private final JsonBodies json;

    public RegistrationRestRoutes(Registrations registrations, JsonBodies json) {
        this.registrations = registrations;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/users").description("Accounts")
                .post().description("Register a customer account (public)").type(NewAccount.class).outType(Account.class)
                    .to("direct:user-register");

        from("direct:user-register").routeId("user-register").routeConfigurationId(RestPolicy.ID)
                .process(json.request(NewAccount.class))
                .setBody(e -> registrations.register(e.getIn().getBody(NewAccount.class)))
                .setHeader("Location", simple("/users/${body.id}"))
                .log("registered user ${body.id}")
                .process(json.response(201));
    }
}
