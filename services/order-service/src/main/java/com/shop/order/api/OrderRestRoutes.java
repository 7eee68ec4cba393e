package com.shop.order.api;

import com.shop.order.store.OrderPage;
import com.shop.order.store.OrderStatus;
import com.shop.routes.rest.FieldProblem;
import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.ProblemException;
import com.shop.routes.rest.RequestParams;
import com.shop.routes.rest.RestPolicy;
import com.shop.routes.security.Callers;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Orders over REST: place one (accepted at once, completed by the saga), read one with its history, list, cancel. */
@Component
public class OrderRestRoutes extends RouteBuilder {

    private final Orders orders;
    private final JsonBodies json;

    public OrderRestRoutes(Orders orders, JsonBodies json) {
        this.orders = orders;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/orders").description("Orders of the calling customer (admins: every order)")
                .post().description("Place an order: 202 with its Location; prices come from the catalogue")
                    .param().name(IdempotencyKeys.HEADER).type(RestParamType.header).required(false)
                        .description("Retrying with the same key returns the same order instead of placing another").endParam()
                    .type(NewOrder.class).outType(OrderView.class).to("direct:order-place")
                .get().description("The caller's orders, newest first")
                    .param().name("status").type(RestParamType.query).required(false)
                        .allowableValues(Arrays.stream(OrderStatus.values()).map(Enum::name).toList()).endParam()
                    .param().name("customerId").type(RestParamType.query).required(false).description("admins only").endParam()
                    .param().name("page").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .param().name("size").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .outType(OrderPage.class).to("direct:order-list")
                .get("/{id}").description("An order with its status history").outType(OrderView.class).to("direct:order-get")
                .post("/{id}/cancel").description("Cancel an order; a confirmed one is refunded and its stock released")
                    .outType(OrderView.class).to("direct:order-cancel");

        from("direct:order-place").routeId("order-place").routeConfigurationId(RestPolicy.ID)
                .process(json.request(NewOrder.class))
                .setBody(e -> orders.place(Callers.require(e), e.getIn().getBody(NewOrder.class), IdempotencyKeys.read(e)))
                .setHeader("Location", simple("/orders/${body.order.id}"))
                .setHeader("Idempotent-Replayed", simple("${body.replayed}"))
                .log("order ${body.order.id} accepted (${body.order.status}, replayed: ${body.replayed})")
                .setBody(simple("${body.order}"))
                .process(json.response(202));

        from("direct:order-list").routeId("order-list").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> orders.list(Callers.require(e), e.getIn().getHeader("customerId", String.class), status(e),
                        RequestParams.number(e, "page", 0, 0, 100_000), RequestParams.number(e, "size", 20, 1, 200)))
                .process(json.response(200));

        from("direct:order-get").routeId("order-get").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> orders.get(Callers.require(e), RequestParams.text(e, "id")))
                .process(json.response(200));

        from("direct:order-cancel").routeId("order-cancel").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> orders.cancel(Callers.require(e), RequestParams.text(e, "id")))
                .log("order ${body.id} cancellation requested: now ${body.status}")
                .process(json.response(202));
    }

    private static OrderStatus status(Exchange exchange) {
        String value = exchange.getIn().getHeader("status", String.class);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OrderStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(new FieldProblem("status", "must be one of " + Arrays.toString(OrderStatus.values()))));
        }
    }
}
