package com.shop.inventory.operability;

import com.shop.inventory.InventoryIntegrationTest;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class OperabilityIT extends InventoryIntegrationTest {

    @Test
    void readinessCoversTheDatabaseAndCamel() throws Exception {
        HttpResponse<String> readiness = http("GET", "/actuator/health/readiness", null);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"", "\"db\"", "\"camelHealth\"");
        assertThat(http("GET", "/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusHasMetricsPerRouteAndBusinessCounters() throws Exception {
        createProduct(unique("METRIC-"), 1, 0);
        String metrics = http("GET", "/actuator/prometheus", null).body();
        assertThat(metrics).contains("routeId=\"inventory-commands\"", "routeId=\"inventory-catalog-create\"",
                "inventory_reservations_total{", "outcome=\"accepted\"", "inventory_units_reserved_total");
    }

    @Test
    void hawtioAnswersAndJolokiaListsTheInventoryRoutes() throws Exception {
        assertThat(http("GET", "/actuator/hawtio/", null).statusCode()).isEqualTo(200);
        HttpResponse<String> routes = http("GET", "/actuator/jolokia/search/org.apache.camel:type=routes,*", null);
        assertThat(routes.statusCode()).isEqualTo(200);
        assertThat(routes.body()).contains("inventory-reserve-stock", "inventory-restock", "inventory-service-outbox-relay",
                "inventory-service-outbox-purge", "inventory-service-processed-events-purge");
    }
}
