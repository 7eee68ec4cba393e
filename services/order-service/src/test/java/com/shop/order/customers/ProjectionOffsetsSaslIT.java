package com.shop.order.customers;

import com.shop.kafka.KafkaConnection;
import com.shop.platform.embedded.SaslKafkaBroker;
import com.shop.routes.ShopProperties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The look at the customer projection's offsets on a broker whose clients must log in with SASL PLAIN. */
class ProjectionOffsetsSaslIT {

    private static final String TOPIC = "users.events";

    private static SaslKafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = SaslKafkaBroker.start();
        try (Admin admin = Admin.create(secured().clientProperties())) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void withTheSaslSettingsItReadsWhereThePartitionsEndAndWhatTheGroupApplied() {
        try (ProjectionOffsets offsets = offsets(secured())) {
            assertThat(offsets.ends()).isEqualTo(new PartitionOffsets(Map.of(0, 0L, 1, 0L)));
            assertThat(offsets.applied(Set.of(0, 1))).isEqualTo(new PartitionOffsets(Map.of(0, 0L, 1, 0L)));
        }
    }

    @Test
    void withoutThemTheLookFailsWithinItsTimeout() {
        try (ProjectionOffsets offsets = offsets(KafkaConnection.plaintext(broker.bootstrapServers()))) {
            assertThatThrownBy(offsets::ends).isInstanceOf(IllegalStateException.class).hasMessageContaining(TOPIC);
        }
    }

    private static KafkaConnection secured() {
        return new KafkaConnection(broker.bootstrapServers(), "SASL_PLAINTEXT", "PLAIN",
                SaslKafkaBroker.plainLogin(SaslKafkaBroker.USER, SaslKafkaBroker.PASSWORD), null, null, null, null, null, null, null, null);
    }

    private static ProjectionOffsets offsets(KafkaConnection connection) {
        ShopProperties shop = new Binder(new MapConfigurationPropertySource(Map.of("shop.service-name", "order-service")))
                .bindOrCreate("shop", ShopProperties.class);
        return new ProjectionOffsets(connection, TOPIC, shop, new CustomerProperties(Duration.ofSeconds(2)));
    }
}
