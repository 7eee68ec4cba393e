package com.shop.payment.api;

import com.shop.payment.ledger.PaymentStatus;
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

/**
 * Payments over REST: the recorded payments with the provider's decisions, paged, and one by id. Every
 * request needs an access token; a customer sees only their own payments, an admin everyone's.
 */
@Component
public class PaymentRestRoutes extends RouteBuilder {

    private final PaymentQueries queries;
    private final JsonBodies json;

    public PaymentRestRoutes(PaymentQueries queries, JsonBodies json) {
        this.queries = queries;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/payments").description("Payments of orders")
                .get().description("List the caller's payments (an admin's: everyone's), newest first, paged")
                    .param().name("customerId").type(RestParamType.query).required(false)
                        .description("Admins only: only this customer's").endParam()
                    .param().name("status").type(RestParamType.query).required(false).description("Only in this status").endParam()
                    .param().name("page").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .param().name("size").type(RestParamType.query).required(false).dataType("integer").endParam()
                    .outType(PaymentPage.class).to("direct:payment-list")
                .get("/{id}").description("Read a payment with its provider transactions").outType(PaymentView.class)
                    .to("direct:payment-get");

        from("direct:payment-list").routeId("payment-list").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> queries.list(Callers.require(e), e.getIn().getHeader("customerId", String.class), status(e),
                        RequestParams.number(e, "page", 0, 0, 100_000), RequestParams.number(e, "size", 20, 1, 200)))
                .process(json.response(200));

        from("direct:payment-get").routeId("payment-get").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> queries.get(Callers.require(e), RequestParams.text(e, "id")))
                .process(json.response(200));
    }

    private static PaymentStatus status(Exchange exchange) {
        String value = exchange.getIn().getHeader("status", String.class);
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(PaymentStatus.values()).filter(s -> s.name().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalid(List.of(new FieldProblem("status",
                        "must be one of " + Arrays.toString(PaymentStatus.values())))));
    }
}
