package com.shop.platform.embedded;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real Kafka broker (KRaft) and one real PostgreSQL server per test JVM, started on first use and
 * stopped when the JVM exits. Every test class gets a fresh database of its own.
 */
public final class SharedInfrastructure {

    public static final int PARTITIONS = 6;

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile SharedInfrastructure instance;

    private final EmbeddedKafkaKraftBroker kafka;
    private final EmbeddedPostgresServer postgres;

    private SharedInfrastructure() throws IOException {
        kafka = new EmbeddedKafkaKraftBroker(1, PARTITIONS);
        kafka.brokerProperty("auto.create.topics.enable", "false");
        kafka.brokerProperty("group.initial.rebalance.delay.ms", "0");
        kafka.afterPropertiesSet();
        postgres = EmbeddedPostgresServer.startTemporary();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "shared-infrastructure-stop"));
    }

    public static SharedInfrastructure get() {
        SharedInfrastructure local = instance;
        if (local == null) {
            synchronized (SharedInfrastructure.class) {
                local = instance;
                if (local == null) {
                    try {
                        local = new SharedInfrastructure();
                    } catch (IOException e) {
                        throw new UncheckedIOException("could not start the embedded infrastructure", e);
                    }
                    instance = local;
                }
            }
        }
        return local;
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public EmbeddedPostgresServer postgres() {
        return postgres;
    }

    /** Creates a database no other test uses, named after {@code prefix}; returns its JDBC URL. */
    public String freshDatabase(String prefix) {
        String name = prefix.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_" + DATABASES.incrementAndGet();
        try {
            postgres.createDatabaseIfMissing(name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name, e);
        }
        return postgres.jdbcUrl(name);
    }

    /**
     * Points a Spring Boot test at the shared broker and a fresh database: call it from a
     * {@code @DynamicPropertySource} method.
     */
    public static void register(DynamicPropertyRegistry registry, String databasePrefix) {
        SharedInfrastructure infra = get();
        String url = infra.freshDatabase(databasePrefix);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> EmbeddedPostgresServer.USER);
        registry.add("spring.datasource.password", () -> EmbeddedPostgresServer.PASSWORD);
        registry.add("camel.component.kafka.brokers", infra::kafkaBootstrapServers);
        registry.add("camel.component.kafka.poll-timeout-ms", () -> "500");
    }

    private void stop() {
        kafka.destroy();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the temporary data directory goes with it
        }
    }
}
