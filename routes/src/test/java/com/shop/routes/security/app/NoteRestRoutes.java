package com.shop.routes.security.app;

import com.shop.routes.rest.RequestParams;
import com.shop.routes.rest.RestPolicy;
import com.shop.routes.security.Caller;
import com.shop.routes.security.Callers;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Notes that belong to a user: a public greeting, reading (owner or admin; the route notes the reader in a
 * header of its own), deleting (admin by path rule)
 * and archiving (admin by a route step).
 */
@Component
public class NoteRestRoutes extends RouteBuilder {

    @Override
    public void configure() {
        rest("/notes")
                .get("/public/greeting").to("direct:notes-greeting")
                .get("/{owner}").to("direct:notes-read")
                .delete("/{owner}").to("direct:notes-delete")
                .post("/{owner}/archive").to("direct:notes-archive");

        from("direct:notes-greeting").routeId("test-notes-greeting").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> "{\"greeting\":\"hello\",\"authenticated\":" + Callers.find(e).isPresent() + "}")
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));

        from("direct:notes-read").routeId("test-notes-read").routeConfigurationId(RestPolicy.ID)
                .process(e -> {
                    String owner = RequestParams.text(e, "owner");
                    Caller caller = Callers.requireAccessTo(e, owner, "No notes of " + owner);
                    e.getMessage().setHeader("notes-read-by", caller.userId());
                    e.getMessage().setBody("{\"owner\":\"" + owner + "\",\"readBy\":\"" + caller.userId() + "\"}");
                })
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));

        from("direct:notes-delete").routeId("test-notes-delete").routeConfigurationId(RestPolicy.ID)
                .setBody(constant(""))
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(204));

        from("direct:notes-archive").routeId("test-notes-archive").routeConfigurationId(RestPolicy.ID)
                .process(Callers.requireAdmin())
                .setBody(constant(""))
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(204));
    }
}
