package com.shop.kafka;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaConnectionTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"shop\" password=\"s3cret\";";

    @Test
    void theCamelComponentsVariablesGiveTheClientsTheirSecuritySettings() {
        KafkaConnection connection = bindEnvironment(Map.of(
                "CAMEL_COMPONENT_KAFKA_BROKERS", "shop-kafka-bootstrap:9093",
                "CAMEL_COMPONENT_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "CAMEL_COMPONENT_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "CAMEL_COMPONENT_KAFKA_SASL_JAAS_CONFIG", JAAS,
                "CAMEL_COMPONENT_KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/ca.p12",
                "CAMEL_COMPONENT_KAFKA_SSL_TRUSTSTORE_PASSWORD", "trust-me",
                "CAMEL_COMPONENT_KAFKA_SSL_TRUSTSTORE_TYPE", "pkcs12"));

        assertThat(connection.clientProperties()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bootstrap.servers", "shop-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", JAAS,
                "ssl.truststore.location", "/etc/kafka/ca.p12",
                "ssl.truststore.password", "trust-me",
                "ssl.truststore.type", "PKCS12"));
    }

    @Test
    void aKeystoreForMutualTlsIsPassedWithItsPasswords() {
        KafkaConnection connection = bind(Map.of("camel.component.kafka.security-protocol", "SSL",
                "camel.component.kafka.ssl-keystore-location", "/etc/kafka/user.p12",
                "camel.component.kafka.ssl-keystore-password", "store-pass",
                "camel.component.kafka.ssl-keystore-type", "PKCS12",
                "camel.component.kafka.ssl-key-password", "key-pass"));

        assertThat(connection.clientProperties()).containsEntry("ssl.keystore.location", "/etc/kafka/user.p12")
                .containsEntry("ssl.keystore.password", "store-pass").containsEntry("ssl.keystore.type", "PKCS12")
                .containsEntry("ssl.key.password", "key-pass");
    }

    @Test
    void withNothingSetTheClientsGetOnlyTheLocalBrokerAndKafkasDefaults() {
        KafkaConnection connection = bind(Map.of());

        assertThat(connection.clientProperties()).containsExactlyEntriesOf(Map.of("bootstrap.servers", "localhost:9092"));
        assertThat(connection.protocol()).isEqualTo("PLAINTEXT");
    }

    @Test
    void emptySettingsAreLeftOutRatherThanGivenToKafka() {
        KafkaConnection connection = bind(Map.of("camel.component.kafka.brokers", "kafka:9092",
                "camel.component.kafka.security-protocol", " ",
                "camel.component.kafka.sasl-mechanism", "",
                "camel.component.kafka.sasl-jaas-config", "",
                "camel.component.kafka.ssl-key-password", "",
                "camel.component.kafka.ssl-truststore-type", ""));

        assertThat(connection.clientProperties()).containsExactlyEntriesOf(Map.of("bootstrap.servers", "kafka:9092"));
    }

    @Test
    void theEndpointAlgorithmIsReadAsCamelReadsIt() {
        assertThat(bind(Map.of("camel.component.kafka.ssl-endpoint-algorithm", "https")).clientProperties())
                .containsEntry("ssl.endpoint.identification.algorithm", "https");
        assertThat(bind(Map.of("camel.component.kafka.ssl-endpoint-algorithm", "")).clientProperties())
                .containsEntry("ssl.endpoint.identification.algorithm", "");
        assertThat(bind(Map.of("camel.component.kafka.ssl-endpoint-algorithm", "none")).clientProperties())
                .doesNotContainKey("ssl.endpoint.identification.algorithm");
    }

    @Test
    void itsTextNamesTheBrokersAndProtocolButNoSecret() {
        KafkaConnection connection = bind(Map.of("camel.component.kafka.security-protocol", "SASL_SSL",
                "camel.component.kafka.sasl-mechanism", "SCRAM-SHA-512",
                "camel.component.kafka.sasl-jaas-config", JAAS,
                "camel.component.kafka.ssl-truststore-password", "trust-me"));

        assertThat(connection.toString()).isEqualTo("KafkaConnection[brokers=localhost:9092, securityProtocol=SASL_SSL, saslMechanism=SCRAM-SHA-512]");
    }

    private static KafkaConnection bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("camel.component.kafka", KafkaConnection.class);
    }

    private static KafkaConnection bindEnvironment(Map<String, Object> variables) {
        return new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
                .bindOrCreate("camel.component.kafka", KafkaConnection.class);
    }
}
