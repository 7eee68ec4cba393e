package com.shop.platform.launcher.services;

import com.shop.platform.launcher.postgres.PostgresEndpoint;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEnvironmentTest {

    private static final PostgresEndpoint POSTGRES = new PostgresEndpoint("localhost", 15432, "postgres", "postgres");

    @Test
    void aServiceWithADatabaseIsPointedAtItsOwnDatabaseAndKafka() {
        Map<String, String> environment = ServiceEnvironment.of(
                new ServiceDefinition("inventory-service", 8083, Optional.of("inventory")), "localhost:9092", POSTGRES);

        assertThat(environment).containsEntry("SERVER_PORT", "8083")
                .containsEntry("SPRING_PROFILES_ACTIVE", "local")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:15432/inventory")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "postgres")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "postgres");
    }

    @Test
    void theGatewayGetsNoDatabase() {
        Map<String, String> environment = ServiceEnvironment.of(
                new ServiceDefinition("gateway", 8080, Optional.empty()), "localhost:9092", POSTGRES);

        assertThat(environment).containsEntry("SERVER_PORT", "8080")
                .doesNotContainKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
    }

    @Test
    void servicesAreToldWhereTheKeysAndTheCatalogueAre() {
        assertThat(ServiceEnvironment.peers(ServiceCatalog.resolve(Map.of("USER_SERVICE_PORT", "9081")), 1))
                .containsEntry("SHOP_SECURITY_JWKS_URI", "http://localhost:9081/.well-known/jwks.json")
                .containsEntry("INVENTORY_SERVICE_URL", "http://localhost:8083");
    }

    @Test
    void everyServiceIsToldWhereEachServiceIs() {
        assertThat(ServiceEnvironment.peers(ServiceCatalog.resolve(Map.of("ORDER_SERVICE_PORT", "9082")), 1))
                .containsEntry("USER_SERVICE_URL", "http://localhost:8081")
                .containsEntry("ORDER_SERVICE_URL", "http://localhost:9082")
                .containsEntry("INVENTORY_SERVICE_URL", "http://localhost:8083")
                .containsEntry("PAYMENT_SERVICE_URL", "http://localhost:8084")
                .containsEntry("NOTIFICATION_SERVICE_URL", "http://localhost:8085");
    }

    @Test
    void withReplicasEveryInstanceOfEachServiceIsListed() {
        assertThat(ServiceEnvironment.peers(ServiceCatalog.resolve(Map.of()), 3))
                .containsEntry("USER_SERVICE_URL", "http://localhost:8081,http://localhost:8181,http://localhost:8281")
                .containsEntry("INVENTORY_SERVICE_URL", "http://localhost:8083,http://localhost:8183,http://localhost:8283")
                .containsEntry("NOTIFICATION_SERVICE_URL", "http://localhost:8085,http://localhost:8185,http://localhost:8285");
    }

    @Test
    void withReplicasTheOrderServiceIsToldEveryCatalogueInstanceAndEveryKeySource() {
        assertThat(ServiceEnvironment.peers(ServiceCatalog.resolve(Map.of()), 3))
                .containsEntry("INVENTORY_SERVICE_URL", "http://localhost:8083,http://localhost:8183,http://localhost:8283")
                .containsEntry("SHOP_SECURITY_JWKS_URI", "http://localhost:8081/.well-known/jwks.json,"
                        + "http://localhost:8181/.well-known/jwks.json,http://localhost:8281/.well-known/jwks.json");
    }
}
