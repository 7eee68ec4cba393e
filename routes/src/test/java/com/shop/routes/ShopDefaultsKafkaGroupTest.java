package com.shop.routes;

import org.apache.camel.component.kafka.KafkaConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How long a consumer group waits for a member that stopped heartbeating, as every service's Kafka consumers get it. */
class ShopDefaultsKafkaGroupTest {

    @Test
    void aSilentMemberLosesItsPartitionsAfterTenSecondsNotKafkasFortyFive() {
        assertThat(camelKafka(Map.of()).getSessionTimeoutMs()).isEqualTo(10_000);
    }

    @Test
    void theVariableSetsTheSessionTimeout() {
        assertThat(camelKafka(Map.of("KAFKA_SESSION_TIMEOUT_MS", "45000")).getSessionTimeoutMs()).isEqualTo(45_000);
    }

    @Test
    void theCamelOptionSetDirectlyWinsOverTheVariable() {
        assertThat(camelKafka(Map.of("KAFKA_SESSION_TIMEOUT_MS", "45000", "CAMEL_COMPONENT_KAFKA_SESSION_TIMEOUT_MS", "20000"))
                .getSessionTimeoutMs()).isEqualTo(20_000);
    }

    private static KafkaConfiguration camelKafka(Map<String, Object> variables) {
        return Binder.get(ServiceEnvironments.withVariables(variables))
                .bindOrCreate("camel.component.kafka", KafkaConfiguration.class);
    }
}
