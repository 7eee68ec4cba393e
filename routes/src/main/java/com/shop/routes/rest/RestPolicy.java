package com.shop.routes.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.routes.correlation.CorrelationProcessors;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.RouteConfigurationDefinition;

/**
 * The error policy of every route behind a REST operation (pick it with
 * {@code .routeConfigurationId(RestPolicy.ID)}): refusals become their problem+json status, anything
 * unexpected a 500 without internals; the caller's correlation id is bound to the log MDC and echoed.
 */
public final class RestPolicy extends RouteConfigurationBuilder {

    public static final String ID = "rest-api-policy";

    private final ObjectMapper mapper;

    public RestPolicy(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void configuration() {
        ProblemResponder responder = new ProblemResponder(mapper);
        RouteConfigurationDefinition policy = routeConfiguration(ID);
        policy.interceptFrom().process(CorrelationProcessors.fromHttp());
        policy.onException(ProblemException.class)
                .handled(true)
                .log(LoggingLevel.INFO, "${header.CamelHttpMethod} ${header.CamelHttpUri} refused: ${exception.message}")
                .process(responder);
        policy.onException(Exception.class)
                .handled(true)
                .log(LoggingLevel.ERROR, "${header.CamelHttpMethod} ${header.CamelHttpUri} failed: ${exception.stacktrace}")
                .process(responder);
    }
}
