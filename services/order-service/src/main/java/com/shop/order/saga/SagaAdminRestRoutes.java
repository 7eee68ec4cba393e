package com.shop.order.saga;

import com.shop.routes.rest.FieldProblem;
import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.ProblemException;
import com.shop.routes.rest.RequestParams;
import com.shop.routes.rest.RestPolicy;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Operators' view of the order sagas (ADMIN only, as every /admin path): list stuck or failed ones, retry or abort one. */
@Component
public class SagaAdminRestRoutes extends RouteBuilder {

    private final Sagas sagas;
    private final JsonBodies json;

    public SagaAdminRestRoutes(Sagas sagas, JsonBodies json) {
        this.sagas = sagas;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/admin/sagas").description("Order sagas, for operators")
                .get().description("Sagas in a state; without one, those that need attention (failed, resent or overdue)")
                    .param().name("state").type(RestParamType.query).required(false)
                        .allowableValues(Arrays.stream(SagaState.values()).map(Enum::name).toList()).endParam()
                    .param().name("page").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .param().name("size").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .outType(SagaPage.class).to("direct:order-sagas-list")
                .get("/{orderId}").description("One order's saga").outType(SagaView.class).to("direct:order-saga-get")
                .post("/{orderId}/retry").description("Send the current (or failed) step's commands again with fresh attempts")
                    .outType(SagaView.class).to("direct:order-saga-retry")
                .post("/{orderId}/abort").description("Stop the saga: compensate a running one, close a failed compensation as cancelled")
                    .outType(SagaView.class).to("direct:order-saga-abort");

        from("direct:order-sagas-list").routeId("order-sagas-list").routeConfigurationId(RestPolicy.ID)
                .process(SagaAdminRestRoutes::refuseLimit)
                .setBody(e -> sagas.list(state(e), RequestParams.number(e, "page", 0, 0, 100_000), RequestParams.number(e, "size", 20, 1, 200)))
                .process(json.response(200));

        from("direct:order-saga-get").routeId("order-saga-get").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> sagas.view(orderId(e)))
                .process(json.response(200));

        from("direct:order-saga-retry").routeId("order-saga-retry").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> sagas.retry(orderId(e)))
                .log("operator retried the saga of order ${body.orderId}: now ${body.state}")
                .process(json.response(202));

        from("direct:order-saga-abort").routeId("order-saga-abort").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> sagas.abort(orderId(e)))
                .log("operator aborted the saga of order ${body.orderId}: now ${body.state}")
                .process(json.response(202));
    }

    /** The list took {@code limit} before it took pages: a caller still sending it learns so, rather than getting 20 sagas. */
    private static void refuseLimit(Exchange exchange) {
        if (exchange.getIn().getHeader("limit") != null) {
            throw ProblemException.invalid(List.of(new FieldProblem("limit", "is no longer taken: use page and size (at most 200)")));
        }
    }

    private static String orderId(Exchange exchange) {
        return RequestParams.text(exchange, "orderId");
    }

    private static Optional<SagaState> state(Exchange exchange) {
        String value = exchange.getIn().getHeader("state", String.class);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SagaState.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(List.of(new FieldProblem("state", "must be one of " + Arrays.toString(SagaState.values()))));
        }
    }
}
