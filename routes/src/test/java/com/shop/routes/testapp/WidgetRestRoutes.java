package com.shop.routes.testapp;

import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.ProblemException;
import com.shop.routes.rest.RestPolicy;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A REST API that refuses in every way the REST conventions cover. */
@Component
public class WidgetRestRoutes extends RouteBuilder {

    private final JsonBodies json;
    private final Map<String, WidgetRequest> widgets = new ConcurrentHashMap<>();

    public WidgetRestRoutes(JsonBodies json) {
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/widgets")
                .post().type(WidgetRequest.class).to("direct:widgets-create")
                .get("/{sku}").outType(WidgetRequest.class).to("direct:widgets-get")
                .get("/{sku}/explode").to("direct:widgets-explode");

        from("direct:widgets-create").routeId("test-widgets-create").routeConfigurationId(RestPolicy.ID)
                .process(json.request(WidgetRequest.class))
                .process(exchange -> {
                    WidgetRequest widget = exchange.getIn().getBody(WidgetRequest.class);
                    if (widgets.putIfAbsent(widget.sku(), widget) != null) {
                        throw ProblemException.conflict("A widget with sku " + widget.sku() + " exists");
                    }
                })
                .process(json.response(201));

        from("direct:widgets-get").routeId("test-widgets-get").routeConfigurationId(RestPolicy.ID)
                .process(exchange -> {
                    String sku = exchange.getIn().getHeader("sku", String.class);
                    WidgetRequest widget = widgets.get(sku);
                    if (widget == null) {
                        throw ProblemException.notFound("No widget with sku " + sku);
                    }
                    exchange.getIn().setBody(widget);
                })
                .process(json.response(200));

        from("direct:widgets-explode").routeId("test-widgets-explode").routeConfigurationId(RestPolicy.ID)
                .throwException(new IllegalStateException("secret internal detail: connection string postgres://x"));
    }
}
