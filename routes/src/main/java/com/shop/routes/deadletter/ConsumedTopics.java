package com.shop.routes.deadletter;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.kafka.KafkaEndpoint;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Kafka topics this service's routes consume: the only ones whose dead letters it writes, and so the only ones an
 * operator lists and replays here. Another service's dead letters of a topic are its own, and a replay of all of
 * them remembers how far it got per service: replaying them here too would send them back twice.
 */
final class ConsumedTopics {

    private ConsumedTopics() {
    }

    static Set<String> of(CamelContext context) {
        Set<String> topics = new TreeSet<>();
        for (Route route : context.getRoutes()) {
            if (route.getEndpoint() instanceof KafkaEndpoint kafka && kafka.getConfiguration().getTopic() != null) {
                Arrays.stream(kafka.getConfiguration().getTopic().split(",")).map(String::trim).forEach(topics::add);
            }
        }
        return topics;
    }
}
