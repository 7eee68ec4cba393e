package com.shop.routes;

import com.shop.kafka.KafkaConnection;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ShopDefaultsKafkaSecurityTest {

    @Test
    void theKafkaVariablesSetTheCamelComponentsSecurityOptions() {
        StandardEnvironment environment = ServiceEnvironments.withVariables(Map.of(
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "KAFKA_SASL_JAAS_CONFIG", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"shop\" password=\"p\";",
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/ca.p12",
                "KAFKA_SSL_TRUSTSTORE_PASSWORD", "trust-me",
                "KAFKA_SSL_TRUSTSTORE_TYPE", "PKCS12",
                "KAFKA_SSL_KEYSTORE_LOCATION", "/etc/kafka/user.p12",
                "KAFKA_SSL_KEYSTORE_PASSWORD", "store-pass",
                "KAFKA_SSL_KEYSTORE_TYPE", "PKCS12",
                "KAFKA_SSL_KEY_PASSWORD", "key-pass"));

        assertThat(environment.getProperty("camel.component.kafka.security-protocol")).isEqualTo("SASL_SSL");
        assertThat(environment.getProperty("camel.component.kafka.ssl-key-password")).isEqualTo("key-pass");
        assertThat(connection(environment).clientProperties()).containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"shop\" password=\"p\";")
                .containsEntry("ssl.truststore.location", "/etc/kafka/ca.p12").containsEntry("ssl.truststore.password", "trust-me")
                .containsEntry("ssl.truststore.type", "PKCS12").containsEntry("ssl.keystore.location", "/etc/kafka/user.p12")
                .containsEntry("ssl.keystore.password", "store-pass").containsEntry("ssl.keystore.type", "PKCS12")
                .containsEntry("ssl.key.password", "key-pass");
    }

    @Test
    void emptyOrMissingVariablesSetNoOptionSoTheClientsKeepTheirDefaults() {
        StandardEnvironment environment = ServiceEnvironments.withVariables(Map.of("KAFKA_SASL_MECHANISM", "",
                "KAFKA_SSL_KEY_PASSWORD", " ",
                "KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM", ""));

        assertThat(environment.containsProperty("camel.component.kafka.sasl-mechanism")).isFalse();
        assertThat(environment.containsProperty("camel.component.kafka.ssl-key-password")).isFalse();
        assertThat(environment.containsProperty("camel.component.kafka.ssl-endpoint-algorithm")).isFalse();
        assertThat(connection(environment).clientProperties()).containsOnlyKeys("bootstrap.servers");
    }

    @Test
    void anEndpointAlgorithmOfNoneTurnsHostNameVerificationOffForCamelAndTheOtherClients() {
        StandardEnvironment environment = ServiceEnvironments.withVariables(
                Map.of("KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM", "none"));

        assertThat(environment.getProperty("camel.component.kafka.ssl-endpoint-algorithm")).isEmpty();
        assertThat(connection(environment).clientProperties()).containsEntry("ssl.endpoint.identification.algorithm", "");
    }

    @Test
    void aVariableFromAPropertySourceAddedAfterTheDefaultsIsTakenAsOneFromTheEnvironment() {
        StandardEnvironment environment = ServiceEnvironments.withVariables(Map.of("KAFKA_SECURITY_PROTOCOL", "SSL",
                "KAFKA_SSL_TRUSTSTORE_PASSWORD", "trust-me"));
        environment.getPropertySources().addFirst(new MapPropertySource("added-at-refresh", Map.of(
                "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/kafka/ca.p12", "KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM", "none")));

        assertThat(connection(environment).clientProperties()).containsEntry("ssl.truststore.location", "/etc/kafka/ca.p12")
                .containsEntry("ssl.truststore.password", "trust-me").containsEntry("ssl.endpoint.identification.algorithm", "");
    }

    @Test
    void aCamelOptionSetDirectlyWinsOverTheVariable() {
        StandardEnvironment environment = ServiceEnvironments.withVariables(Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "CAMEL_COMPONENT_KAFKA_SECURITY_PROTOCOL", "SSL"));

        assertThat(connection(environment).protocol()).isEqualTo("SSL");
    }

    private static KafkaConnection connection(StandardEnvironment environment) {
        return Binder.get(environment).bindOrCreate("camel.component.kafka", KafkaConnection.class);
    }
}
