package com.shop.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.kafka.EventCodec;
import com.shop.kafka.KafkaConnection;
import com.shop.routes.consumer.ConsumerPolicy;
import com.shop.routes.consumer.EventReader;
import com.shop.routes.consumer.GroupMembership;
import com.shop.routes.deadletter.DeadLetterRestRoutes;
import com.shop.routes.deadletter.DeadLetters;
import com.shop.routes.idempotency.ProcessedEvents;
import com.shop.routes.idempotency.ProcessedEventsPurgeRoutes;
import com.shop.routes.outbox.Outbox;
import com.shop.routes.outbox.OutboxRelay;
import com.shop.routes.outbox.OutboxRelayRoutes;
import com.shop.routes.outbox.OutboxRelayTrigger;
import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.RequestThreadHttpEngine;
import com.shop.routes.rest.RestPolicy;
import com.shop.routes.rest.ServletProblems;
import jakarta.validation.Validator;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualCommitFactory;
import org.apache.camel.component.kafka.consumer.KafkaManualCommitFactory;
import org.apache.camel.component.platform.http.spi.PlatformHttpEngine;
import org.apache.camel.component.platform.http.springboot.SpringBootPlatformHttpAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;


/** Wires the shared building blocks into every service that has this module on its classpath. */
@AutoConfiguration(after = {JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        JacksonAutoConfiguration.class}, before = SpringBootPlatformHttpAutoConfiguration.class)
@EnableConfigurationProperties(ShopProperties.class)
public class ShopRoutesAutoConfiguration {

    /** Named as the starter names its own engine, which then stands back. */
    @Bean(name = "platform-http-engine")
    @ConditionalOnMissingBean(PlatformHttpEngine.class)
    PlatformHttpEngine requestThreadHttpEngine(@Value("${server.port:8080}") int port, ObjectMapper mapper) {
        return new RequestThreadHttpEngine(port, new ServletProblems(mapper));
    }

    /**
     * The Kafka component takes the only bean of this type: with it, manual commits allowed and auto-commit off (see
     * {@link ShopDefaults}), Camel commits the offsets of the records it processed itself, synchronously.
     */
    @Bean
    KafkaManualCommitFactory kafkaManualCommitFactory() {
        return new DefaultKafkaManualCommitFactory();
    }

    @Bean
    GroupMembership groupMembership(@Value("${camel.component.kafka.session-timeout-ms:45000}") int sessionTimeoutMs,
                                    @Value("${camel.component.kafka.heartbeat-interval-ms:3000}") int heartbeatIntervalMs) {
        return new GroupMembership(sessionTimeoutMs, heartbeatIntervalMs);
    }

    @Bean
    ConsumerPolicy consumerPolicy(ShopProperties properties) {
        return new ConsumerPolicy(properties);
    }

    @Bean
    EventReader eventReader(EventCodec codec) {
        return new EventReader(codec);
    }

    @Bean
    RestPolicy restPolicy(ObjectMapper mapper) {
        return new RestPolicy(mapper);
    }

    @Bean
    JsonBodies jsonBodies(ObjectMapper mapper, Validator validator) {
        return new JsonBodies(mapper, validator);
    }

    @Bean
    DeadLetters deadLetters(KafkaConnection connection, ShopProperties properties) {
        return new DeadLetters(connection, properties.serviceName());
    }

    @Bean
    DeadLetterRestRoutes deadLetterRestRoutes(ShopProperties properties, DeadLetters deadLetters, JsonBodies json) {
        return new DeadLetterRestRoutes(properties, deadLetters, json);
    }

    @Bean
    ProcessedEvents processedEvents(JdbcTemplate jdbc) {
        return new ProcessedEvents(jdbc);
    }

    @Bean
    ProcessedEventsPurgeRoutes processedEventsPurgeRoutes(ShopProperties properties, ProcessedEvents processedEvents) {
        return new ProcessedEventsPurgeRoutes(properties, processedEvents);
    }

    @Bean
    OutboxRelayTrigger outboxRelayTrigger(ProducerTemplate producer) {
        return new OutboxRelayTrigger(producer, OutboxRelayRoutes.RELAY_ENDPOINT);
    }

    @Bean
    Outbox outbox(JdbcTemplate jdbc, EventCodec codec, OutboxRelayTrigger trigger) {
        return new Outbox(jdbc, codec, trigger);
    }

    @Bean
    OutboxRelay outboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, ProducerTemplate producer,
                            ShopProperties properties) {
        return OutboxRelay.create(jdbc, transactions, producer, properties.serviceName(),
                properties.outbox().batchSize(), properties.outbox().retention());
    }

    @Bean
    @ConditionalOnProperty(name = "shop.outbox.enabled", matchIfMissing = true)
    OutboxRelayRoutes outboxRelayRoutes(ShopProperties properties, OutboxRelay relay) {
        return new OutboxRelayRoutes(properties, relay);
    }
}
