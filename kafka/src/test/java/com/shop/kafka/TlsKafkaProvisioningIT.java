package com.shop.kafka;

import com.shop.platform.embedded.SslKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topic provisioning at start-up against a broker whose clients must connect over TLS: the Camel Kafka component's
 * trust store settings reach the provisioner; without them, or with a certificate that names another host than the
 * one dialled, the start fails at once saying why.
 */
class TlsKafkaProvisioningIT {

    private static SslKafkaBroker broker;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TopicProvisioningAutoConfiguration.class))
            .withPropertyValues("shop.kafka.partitions=1", "shop.kafka.provisioning-timeout=10s");

    @BeforeAll
    static void startBroker() {
        broker = SslKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void theComponentsTrustStoreLetsTheStartCreateEveryCatalogueTopicOverTls() throws Exception {
        runner.withPropertyValues(trusting(broker.bootstrapServers()))
                .run(context -> assertThat(context).hasNotFailed());

        KafkaConnection connection = new KafkaConnection(broker.bootstrapServers(), "SSL", null, null,
                broker.truststore().toString(), SslKafkaBroker.STORE_PASSWORD, SslKafkaBroker.STORE_TYPE, null, null, null, null, null);
        try (Admin admin = Admin.create(connection.clientProperties())) {
            assertThat(admin.listTopics().names().get()).containsAll(catalogue().toList());
        }
    }

    @Test
    void withoutTheTrustStoreTheStartFailsAtOnceSayingTheBrokersCertificateIsNotTrustedAndWhatToCheck() {
        long started = System.nanoTime();

        runner.withPropertyValues("camel.component.kafka.brokers=" + broker.bootstrapServers(), "camel.component.kafka.security-protocol=SSL")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasCauseInstanceOf(SslAuthenticationException.class)
                        .hasMessageContaining("could not list the topics on " + broker.bootstrapServers() + " over SSL: SSL handshake failed")
                        .hasMessageContaining("unable to find valid certification path to requested target")
                        .hasMessageContaining("KAFKA_SSL_TRUSTSTORE_LOCATION"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aCertificateForAnotherHostThanTheOneDialledFailsTheStartAtOnceSayingSo() {
        long started = System.nanoTime();

        runner.withPropertyValues(trusting(broker.bootstrapServersByAddress()))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasCauseInstanceOf(SslAuthenticationException.class)
                        .hasMessageContaining("could not list the topics on " + broker.bootstrapServersByAddress() + " over SSL")
                        .hasMessageContaining("No subject alternative names matching IP address 127.0.0.1 found"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void anEmptyEndpointAlgorithmTurnsTheHostNameCheckOffAsForCamel() {
        runner.withPropertyValues(trusting(broker.bootstrapServersByAddress()))
                .withPropertyValues("camel.component.kafka.ssl-endpoint-algorithm=")
                .run(context -> assertThat(context).hasNotFailed());
    }

    private static String[] trusting(String bootstrapServers) {
        return new String[] {
                "camel.component.kafka.brokers=" + bootstrapServers,
                "camel.component.kafka.security-protocol=SSL",
                "camel.component.kafka.ssl-truststore-location=" + broker.truststore(),
                "camel.component.kafka.ssl-truststore-password=" + SslKafkaBroker.STORE_PASSWORD,
                "camel.component.kafka.ssl-truststore-type=" + SslKafkaBroker.STORE_TYPE};
    }

    private static Stream<String> catalogue() {
        return Stream.of(Topic.values()).flatMap(topic -> Stream.of(topic.topicName(), topic.deadLetterTopic()));
    }
}
