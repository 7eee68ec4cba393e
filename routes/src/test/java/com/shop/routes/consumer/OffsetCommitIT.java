package com.shop.routes.consumer;

import com.shop.kafka.InvalidEventException;
import com.shop.platform.embedded.SharedInfrastructure;
import com.shop.routes.RoutesIntegrationTest;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.StatefulService;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Camel commits the offsets of the records a consumer processed, and only those: after a stop or an unhandled failure
 * the group goes on from the first record not processed, neither skipping nor repeating any.
 */
class OffsetCommitIT extends RoutesIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    CamelContext camel;

    private final List<String> addedRoutes = new ArrayList<>();

    @AfterEach
    void removeAddedRoutes() throws Exception {
        for (String routeId : addedRoutes) {
            camel.getRouteController().stopRoute(routeId);
            camel.removeRoute(routeId);
        }
    }

    @Test
    void aConsumerStoppedMidBatchCommitsWhatItProcessedAndAConsumerAfterItResumesFromThere() throws Exception {
        String topic = newTopic("stopped-");
        List<String> values = IntStream.range(0, 20).mapToObj(i -> i == 3 ? "poison-3" : "record-" + i).toList();
        values.forEach(value -> KAFKA.send(topic, "one-key", value, Map.of()));
        Handler handler = new Handler("record-6");
        Consumer first = camel.getRoute(consume(topic, handler, true)).getConsumer();

        assertThat(handler.holding.await(PATIENCE.toSeconds(), SECONDS)).as("the consumer reached record-6").isTrue();
        // how a route's stop ends: it waits for the exchange in flight, not for the rest of the poll
        CompletableFuture<Void> stop = CompletableFuture.runAsync(first::stop);
        await().atMost(PATIENCE).until(() -> first instanceof StatefulService service && service.isStopping());
        handler.released.countDown();
        stop.get(PATIENCE.toSeconds(), SECONDS);

        assertThat(handler.handled).containsExactly("record-0", "record-1", "record-2", "record-4", "record-5", "record-6");
        assertThat(committedOffset(topic)).as("the processed records, the dead-lettered one included, and none after them")
                .isEqualTo(7);

        consume(topic, handler, true);
        List<String> readable = values.stream().filter(value -> value.startsWith("record-")).toList();
        await().atMost(PATIENCE).until(() -> handler.handled.containsAll(readable));
        assertThat(handler.handled).as("every record once: the new consumer started where the stopped one had got to")
                .containsExactlyElementsOf(readable);
        assertThat(KAFKA.records(topic + ".DLT", r -> true)).extracting(ConsumerRecord::value).containsExactly("poison-3");
    }

    @Test
    void aRecordThatFailedUnhandledIsConsumedAgainWithoutRepeatingTheRecordsBeforeIt() throws Exception {
        String topic = newTopic("failing-");
        List<String> values = List.of("record-0", "record-1", "flaky-2", "record-3", "record-4");
        values.forEach(value -> KAFKA.send(topic, "one-key", value, Map.of()));
        Handler handler = new Handler(null);
        consume(topic, handler, false);

        await().atMost(PATIENCE).until(() -> handler.handled.containsAll(values));
        assertThat(handler.handled).as("flaky-2 failed once, then was consumed again; the records before it were not")
                .containsExactlyElementsOf(values);
        await().atMost(PATIENCE).until(() -> committedOffset(topic) == values.size());
    }

    /** A topic of one partition for one test, and its dead-letter topic. */
    private static String newTopic(String prefix) throws Exception {
        String topic = unique("commits-" + prefix);
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1), new NewTopic(topic + ".DLT", 1, (short) 1))).all().get();
        }
        return topic;
    }

    /** Starts a route consuming {@code topic} in the group named after it, with the consumer policy when told to dead-letter. */
    private String consume(String topic, Processor handler, boolean deadLetters) throws Exception {
        String routeId = "test-" + topic + "-" + addedRoutes.size();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                RouteDefinition route = from("kafka:" + topic + "?groupId=" + topic).routeId(routeId);
                if (deadLetters) {
                    route.routeConfigurationId(ConsumerPolicy.ID);
                }
                route.process(handler);
            }
        });
        addedRoutes.add(routeId);
        return routeId;
    }

    /** The group's committed offset on the topic's only partition: the next record a new consumer reads. */
    private static long committedOffset(String topic) throws Exception {
        try (Admin admin = admin()) {
            OffsetAndMetadata committed = admin.listConsumerGroupOffsets(topic).partitionsToOffsetAndMetadata().get()
                    .get(new TopicPartition(topic, 0));
            return committed == null ? -1 : committed.offset();
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrapServers()));
    }

    /**
     * Records the values it handled. A {@code poison-} value cannot be read (the policy dead-letters it), a {@code flaky-}
     * one fails its first attempt, and the {@code holdAt} value waits, the first time, until the test releases it.
     */
    private static final class Handler implements Processor {

        final List<String> handled = new CopyOnWriteArrayList<>();
        final CountDownLatch holding = new CountDownLatch(1);
        final CountDownLatch released = new CountDownLatch(1);
        private final String holdAt;
        private final Set<String> failed = ConcurrentHashMap.newKeySet();

        Handler(String holdAt) {
            this.holdAt = holdAt;
        }

        @Override
        public void process(Exchange exchange) throws InterruptedException {
            String value = exchange.getIn().getBody(String.class);
            if (value.startsWith("poison-")) {
                throw new InvalidEventException("the record cannot be read");
            }
            if (value.startsWith("flaky-") && failed.add(value)) {
                throw new IllegalStateException("transient failure of " + value);
            }
            if (value.equals(holdAt) && holding.getCount() == 1) {
                holding.countDown();
                released.await();
            }
            handled.add(value);
        }
    }
}
