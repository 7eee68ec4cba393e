package com.shop.platform.launcher.services;

import com.shop.platform.launcher.postgres.PostgresEndpoint;

import java.util.LinkedHashMap;
import java.util.List;
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

    /** Where each service finds the others it calls: the user service's signing keys, the catalogue, and the gateway its upstreams. */
    public static Map<String, String> peers(List<ServiceDefinition> services) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (ServiceDefinition service : services) {
            switch (service.name()) {
                case "user-service" -> {
                    environment.put("SHOP_SECURITY_JWKS_URI", service.baseUrl() + "/.well-known/jwks.json");
                    environment.put("USER_SERVICE_URL", service.baseUrl());
                }
                case "order-service" -> environment.put("ORDER_SERVICE_URL", service.baseUrl());
                case "inventory-service" -> environment.put("INVENTORY_SERVICE_URL", service.baseUrl());
                case "payment-service" -> environment.put("PAYMENT_SERVICE_URL", service.baseUrl());
                case "notification-service" -> environment.put("NOTIFICATION_SERVICE_URL", service.baseUrl());
                default -> { }
            }
        }
        return environment;
    }
}
