package com.shop.platform.launcher;

import com.shop.platform.embedded.EmbeddedPostgresServer;
import com.shop.platform.launcher.postgres.PostgresEndpoint;
import com.shop.platform.launcher.services.Sandbox;
import com.shop.platform.launcher.services.ServiceDefinition;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code up}, {@code down} and {@code status} need to know, resolved from flags and
 * environment: where state lives, which ports to use, and which Kafka and PostgreSQL to reuse.
 *
 * @param externalKafka    bootstrap servers of a Kafka the user runs; empty to start the embedded one
 * @param externalPostgres a PostgreSQL the user runs; empty to start the embedded one
 * @param replicas         instances of each service but the gateway ({@link com.shop.platform.launcher.services.ServiceInstances})
 * @param fresh            wipe the embedded Kafka's and PostgreSQL's data before starting
 */
public record LaunchSettings(
        Path repository,
        Path home,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        int partitions,
        int replicas,
        Optional<String> externalKafka,
        Optional<PostgresEndpoint> externalPostgres,
        boolean fresh,
        List<ServiceDefinition> services,
        List<Sandbox> sandboxes) {

    public PlatformHome platformHome() {
        return new PlatformHome(home);
    }

    /** The bootstrap servers the services use: the user's Kafka or the embedded one. */
    public String kafkaBootstrapServers() {
        return externalKafka.orElse("localhost:" + kafkaPort);
    }

    /** The PostgreSQL the services use: the user's server or the embedded one. */
    public PostgresEndpoint postgres() {
        return externalPostgres.orElse(new PostgresEndpoint("localhost", postgresPort,
                EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD));
    }
}
