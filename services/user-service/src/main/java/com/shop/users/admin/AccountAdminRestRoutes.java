package com.shop.users.admin;

import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.RequestParams;
import com.shop.routes.rest.RestPolicy;
import com.shop.routes.security.Callers;
import com.shop.users.account.Account;
import com.shop.users.account.AccountPage;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

/** Account administration over REST; every operation is ADMIN-only (the path rules in application.yml). */
@Component
public class AccountAdminRestRoutes extends RouteBuilder {

    private final AccountAdministration administration;
    private final JsonBodies json;

    public AccountAdminRestRoutes(AccountAdministration administration, JsonBodies json) {
        this.administration = administration;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/users").description("Accounts")
                .get().description("List accounts, oldest first (admin)")
                    .param().name("page").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .param().name("size").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .outType(AccountPage.class).to("direct:user-list")
                .put("/{id}/roles").description("Replace an account's roles (admin)").type(RoleChange.class)
                    .outType(Account.class).to("direct:user-roles")
                .put("/{id}/lock").description("Lock or unlock an account (admin)").type(LockChange.class)
                    .outType(Account.class).to("direct:user-lock");

        from("direct:user-list").routeId("user-list").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> administration.list(RequestParams.number(e, "page", 0, 0, 100_000),
                        RequestParams.number(e, "size", 20, 1, 200)))
                .process(json.response(200));

        from("direct:user-roles").routeId("user-roles").routeConfigurationId(RestPolicy.ID)
                .process(json.request(RoleChange.class))
                .setBody(e -> administration.changeRoles(Callers.require(e), RequestParams.text(e, "id"),
                        e.getIn().getBody(RoleChange.class)))
                .log("roles of user ${body.id} are now ${body.roles}")
                .process(json.response(200));

        from("direct:user-lock").routeId("user-lock").routeConfigurationId(RestPolicy.ID)
                .process(json.request(LockChange.class))
                .setBody(e -> administration.changeLock(Callers.require(e), RequestParams.text(e, "id"),
                        e.getIn().getBody(LockChange.class)))
                .log("user ${body.id} locked: ${body.locked}")
                .process(json.response(200));
    }
}
