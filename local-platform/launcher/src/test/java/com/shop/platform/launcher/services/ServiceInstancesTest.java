package com.shop.platform.launcher.services;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ServiceInstancesTest {

    @Test
    void eachFurtherInstanceIsNumberedAndHundredPortsHigher() {
        ServiceDefinition inventory = new ServiceDefinition("inventory-service", 8083, Optional.of("inventory"));

        assertThat(ServiceInstances.of(inventory, 3))
                .extracting(ServiceDefinition::name, ServiceDefinition::port, ServiceDefinition::database)
                .containsExactly(
                        tuple("inventory-service", 8083, Optional.of("inventory")),
                        tuple("inventory-service-2", 8183, Optional.of("inventory")),
                        tuple("inventory-service-3", 8283, Optional.of("inventory")));
    }

    @Test
    void theGatewayRunsOnceWhateverTheReplicas() {
        assertThat(ServiceInstances.of(ServiceCatalog.resolve(Map.of("USER_SERVICE_PORT", "9081")), 2))
                .extracting(ServiceDefinition::name, ServiceDefinition::port)
                .containsExactly(
                        tuple("gateway", 8080),
                        tuple("user-service", 9081), tuple("user-service-2", 9181),
                        tuple("order-service", 8082), tuple("order-service-2", 8182),
                        tuple("inventory-service", 8083), tuple("inventory-service-2", 8183),
                        tuple("payment-service", 8084), tuple("payment-service-2", 8184),
                        tuple("notification-service", 8085), tuple("notification-service-2", 8185));
    }

    @Test
    void oneReplicaIsTheCatalogueAsItIs() {
        assertThat(ServiceInstances.of(ServiceCatalog.resolve(Map.of()), 1)).isEqualTo(ServiceCatalog.resolve(Map.of()));
    }
}
