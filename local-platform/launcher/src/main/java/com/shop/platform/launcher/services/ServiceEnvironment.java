package com.shop.platform.launcher.services;

import com.shop.platform.launcher.postgres.PostgresEndpoint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    /**
     * Where a service finds the services it calls: every instance's URL, comma-separated (the gateway
     * balances over them, order-service takes the catalogue's in turn and fails over). The signing keys are
     * read from every user-service instance's JWKS endpoint, the next one asked when one is down.
     */
    public static Map<String, String> peers(List<ServiceDefinition> services, int replicas) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (ServiceDefinition service : services) {
            List<ServiceDefinition> instances = ServiceInstances.of(service, replicas);
            String urls = String.join(",", instances.stream().map(ServiceDefinition::baseUrl).toList());
            switch (service.name()) {
                case "user-service" -> {
                    environment.put("SHOP_SECURITY_JWKS_URI", instances.stream()
                            .map(instance -> instance.baseUrl() + "/.well-known/jwks.json").collect(Collectors.joining(",")));
                    environment.put("USER_SERVICE_URL", urls);
                }
                case "order-service" -> environment.put("ORDER_SERVICE_URL", urls);
                case "inventory-service" -> environment.put("INVENTORY_SERVICE_URL", urls);
                case "payment-service" -> environment.put("PAYMENT_SERVICE_URL", urls);
                case "notification-service" -> environment.put("NOTIFICATION_SERVICE_URL", urls);
                default -> { }
            }
        }
        return environment;
    }
}
