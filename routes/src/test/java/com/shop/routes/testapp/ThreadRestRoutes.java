package com.shop.routes.testapp;

import com.shop.routes.rest.RestPolicy;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Answers with the name of the thread its route ran on. */
@Component
public class ThreadRestRoutes extends RouteBuilder {

    @Override
    public void configure() {
        rest("/route-thread").get().to("direct:route-thread");

        from("direct:route-thread").routeId("test-route-thread").routeConfigurationId(RestPolicy.ID)
                .setHeader("Content-Type", constant("text/plain"))
                .setBody(exchange -> Thread.currentThread().getName());
    }
}
