package com.shop.gateway.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.gateway.routing.GatewayProperties;
import com.shop.gateway.routing.RouteTable;
import com.shop.gateway.routing.UpstreamRoutes;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /api-doc}: one OpenAPI document for the whole API, gathered from each service's
 * {@code /api-doc} through the same upstream routes (breakers, failover) as any request.
 */
@Component
public class ApiDocRoutes extends RouteBuilder {

    private final GatewayProperties properties;
    private final ProducerTemplate producer;
    private final ObjectMapper mapper;
    private final ApiDocMerger merger;

    public ApiDocRoutes(GatewayProperties properties, ProducerTemplate producer, ObjectMapper mapper) {
        this.properties = properties;
        this.producer = producer;
        this.mapper = mapper;
        this.merger = new ApiDocMerger(mapper, new RouteTable(properties));
    }

    @Override
    public void configure() {
        from("platform-http:/api-doc?httpMethodRestrict=GET").routeId("gateway-api-doc")
                .process(this::gather);
    }

    private void gather(Exchange exchange) throws Exception {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        Set<String> unavailable = new LinkedHashSet<>();
        properties.routes().forEach((name, route) -> {
            Exchange answer = producer.send(UpstreamRoutes.upstream(name), call -> {
                call.getIn().setHeader(Exchange.HTTP_METHOD, "GET");
                call.getIn().setHeader(Exchange.HTTP_PATH, "/api-doc");
            });
            read(answer).ifPresentOrElse(document -> documents.put(name, document),
                    () -> unavailable.add(route.service()));
        });
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json");
        exchange.getMessage().setBody(mapper.writeValueAsString(merger.merge(documents, unavailable)));
    }

    /** The service's document, when it answered 200 with JSON. */
    private Optional<JsonNode> read(Exchange answer) {
        int status = answer.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (answer.getException() != null || status != 200) {
            return Optional.empty();
        }
        try {
            return Optional.of(mapper.readTree(answer.getMessage().getBody(String.class)));
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        }
    }
}
