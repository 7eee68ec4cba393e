package com.shop.users.profile;

import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.RequestParams;
import com.shop.routes.rest.RestPolicy;
import com.shop.routes.security.Callers;
import com.shop.users.account.Account;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** The caller's own profile over REST; an account by id for its owner or an admin. */
@Component
public class ProfileRestRoutes extends RouteBuilder {

    private final Profiles profiles;
    private final JsonBodies json;

    public ProfileRestRoutes(Profiles profiles, JsonBodies json) {
        this.profiles = profiles;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/users").description("Accounts")
                .get("/me").description("The caller's profile").outType(Account.class).to("direct:user-me")
                .put("/me").description("Change the caller's name, phone, address and notification preferences")
                    .type(ProfileChanges.class).outType(Account.class).to("direct:user-me-update")
                .get("/{id}").description("An account (its owner or an admin)").outType(Account.class)
                    .to("direct:user-get");

        from("direct:user-me").routeId("user-me").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> profiles.get(Callers.require(e).userId()))
                .process(json.response(200));

        from("direct:user-me-update").routeId("user-me-update").routeConfigurationId(RestPolicy.ID)
                .process(json.request(ProfileChanges.class))
                .setBody(e -> profiles.update(Callers.require(e).userId(), e.getIn().getBody(ProfileChanges.class)))
                .log("user ${body.id} changed their profile")
                .process(json.response(200));

        from("direct:user-get").routeId("user-get").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> {
                    String id = RequestParams.text(e, "id");
                    Callers.requireAccessTo(e, id, "No account " + id);
                    return profiles.get(id);
                })
                .process(json.response(200));
    }
}
