package com.shop.routes.deadletter;

import com.shop.routes.ShopProperties;
import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.ProblemException;
import com.shop.routes.rest.RequestParams;
import com.shop.routes.rest.RestPolicy;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Operators' REST API over dead letters: list a topic's dead letters, replay one or all of them; for the topics this
 * service consumes, the others are a 404.
 */
public class DeadLetterRestRoutes extends RouteBuilder {

    private final ShopProperties properties;
    private final DeadLetters deadLetters;
    private final JsonBodies json;

    public DeadLetterRestRoutes(ShopProperties properties, DeadLetters deadLetters, JsonBodies json) {
        this.properties = properties;
        this.deadLetters = deadLetters;
        this.json = json;
    }

    @Override
    public void configure() {
        String service = properties.serviceName();
        rest("/admin/dead-letters").description("Dead letters of the topics this service consumes")
                .get("/{topic}").description("List a topic's dead letters").outType(DeadLetter[].class)
                    .to("direct:dead-letters-list")
                .post("/{topic}/replay").description("Replay every dead letter not replayed yet").outType(DeadLetter[].class)
                    .to("direct:dead-letters-replay-all")
                .post("/{topic}/{partition}/{offset}/replay").description("Replay one dead letter").outType(DeadLetter.class)
                    .to("direct:dead-letters-replay-one");

        from("direct:dead-letters-list").routeId(service + "-dead-letters-list")
                .routeConfigurationId(RestPolicy.ID)
                .setBody(exchange -> deadLetters.list(consumedTopic(exchange),
                        RequestParams.number(exchange, "limit", 100, 1, 10_000)))
                .process(json.response(200));

        from("direct:dead-letters-replay-all").routeId(service + "-dead-letters-replay-all")
                .routeConfigurationId(RestPolicy.ID)
                .setBody(exchange -> deadLetters.replayAll(consumedTopic(exchange)))
                .log("replayed ${body.size()} dead letters of ${header.topic}")
                .process(json.response(200));

        from("direct:dead-letters-replay-one").routeId(service + "-dead-letters-replay-one")
                .routeConfigurationId(RestPolicy.ID)
                .setBody(exchange -> deadLetters.replay(consumedTopic(exchange),
                        (int) RequestParams.atLeastZero(exchange, "partition", Integer.MAX_VALUE),
                        RequestParams.atLeastZero(exchange, "offset", Long.MAX_VALUE)))
                .log("replayed dead letter ${header.partition}/${header.offset} of ${header.topic}")
                .process(json.response(200));
    }

    private String consumedTopic(Exchange exchange) {
        String topic = RequestParams.text(exchange, "topic");
        if (!ConsumedTopics.of(getContext()).contains(topic)) {
            throw ProblemException.notFound(properties.serviceName() + " does not consume " + topic
                    + ": its dead letters are listed and replayed at the service that does");
        }
        return topic;
    }
}
