package com.shop.platform.launcher.services;

import com.shop.platform.launcher.postgres.PostgresEndpoint;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment variables that point a service at its port, its database and Kafka. */
public final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    public static Map<String, String> of(ServiceDefinition service, String kafkaBootstrapServers, PostgresEndpoint postgres) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", Integer.toString(service.port()));
        environment.put("SPRING_PROFILES_ACTIVE", "local");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.put("CAMEL_COMPONENT_KAFKA_BROKERS", kafkaBootstrapServers);
        service.database().ifPresent(database -> {
            environment.put("SPRING_DATASOURCE_URL", postgres.jdbcUrl(database));
            environment.put("SPRING_DATASOURCE_USERNAME", postgres.user());
            environment.put("SPRING_DATASOURCE_PASSWORD", postgres.password());
        });
        return environment;
    }
}
