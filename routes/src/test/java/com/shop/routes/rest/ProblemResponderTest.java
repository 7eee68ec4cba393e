package com.shop.routes.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.routes.correlation.Correlation;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemResponderTest {

    private final CamelContext camel = new DefaultCamelContext();
    private final ProblemResponder responder = new ProblemResponder(new ObjectMapper());

    @AfterEach
    void close() throws Exception {
        camel.close();
    }

    @Test
    void aFailureBeforeTheCorrelationIdWasSetStillAnswersWithOne() throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException("failed before the route's first step"));

        responder.process(exchange);

        String id = exchange.getMessage().getHeader(Correlation.HTTP_HEADER, String.class);
        assertThat(id).isNotBlank();
        assertThat(exchange.getMessage().getBody(String.class)).contains("\"correlationId\":\"" + id + "\"");
    }

    @Test
    void theCallersCorrelationIdIsEchoed() throws Exception {
        Exchange exchange = new DefaultExchange(camel);
        exchange.getIn().setHeader(Correlation.HTTP_HEADER, "abc-123");
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, ProblemException.notFound("No such thing"));

        responder.process(exchange);

        assertThat(exchange.getMessage().getBody(String.class)).contains("\"correlationId\":\"abc-123\"", "\"status\":404");
    }
}
