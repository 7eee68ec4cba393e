package com.shop.notification.api;

import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.RequestParams;
import com.shop.routes.rest.RestPolicy;
import com.shop.routes.security.Callers;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

/** Notifications over REST: the messages sent to the caller (an admin: to anyone), newest first, paged. */
@Component
public class NotificationRestRoutes extends RouteBuilder {

    private final NotificationQueries queries;
    private final JsonBodies json;

    public NotificationRestRoutes(NotificationQueries queries, JsonBodies json) {
        this.queries = queries;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/notifications").description("Messages sent to customers and admins")
                .get().description("List the caller's notifications (an admin's: everyone's), newest first, paged")
                    .param().name("userId").type(RestParamType.query).required(false)
                        .description("Admins only: only this user's").endParam()
                    .param().name("page").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .param().name("size").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .outType(NotificationPage.class).to("direct:notification-list");

        from("direct:notification-list").routeId("notification-list").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> queries.list(Callers.require(e), e.getIn().getHeader("userId", String.class),
                        RequestParams.number(e, "page", 0, 0, 100_000), RequestParams.number(e, "size", 20, 1, 200)))
                .process(json.response(200));
    }
}
