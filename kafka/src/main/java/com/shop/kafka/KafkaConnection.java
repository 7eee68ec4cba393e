package com.shop.kafka;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where Kafka is and how a client proves itself to it, read from the Camel Kafka component's own settings
 * ({@code camel.component.kafka.*}, which the {@code KAFKA_*} variables set), so that the clients the platform creates
 * itself (topic provisioning, offset and dead-letter readers) connect as its Camel routes do. A setting left out or
 * empty leaves the Kafka client's default; the values are read as Camel reads them (store types in capitals, an empty
 * endpoint algorithm turns host name verification off, {@code none} or {@code false} leave it on).
 */
@ConfigurationProperties("camel.component.kafka")
public record KafkaConnection(@DefaultValue("localhost:9092") String brokers,
                              String securityProtocol,
                              String saslMechanism,
                              String saslJaasConfig,
                              String sslTruststoreLocation,
                              String sslTruststorePassword,
                              String sslTruststoreType,
                              String sslKeystoreLocation,
                              String sslKeystorePassword,
                              String sslKeystoreType,
                              String sslKeyPassword,
                              String sslEndpointAlgorithm) {

    private static final String PLAINTEXT = "PLAINTEXT";

    public KafkaConnection {
        if (brokers == null || brokers.isBlank()) {
            throw new IllegalArgumentException("camel.component.kafka.brokers (KAFKA_BOOTSTRAP_SERVERS) is required");
        }
    }

    /** A broker that takes clients without authentication or TLS, as the local platform's and the tests' do. */
    public static KafkaConnection plaintext(String brokers) {
        return new KafkaConnection(brokers, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The security protocol the clients use: Kafka's {@code PLAINTEXT} unless set. */
    public String protocol() {
        return present(securityProtocol) ? securityProtocol : PLAINTEXT;
    }

    /** The bootstrap servers and every security setting given, as Kafka client properties for any client type. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, brokers);
        putPresent(properties, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, securityProtocol);
        putPresent(properties, SaslConfigs.SASL_MECHANISM, saslMechanism);
        putPresent(properties, SaslConfigs.SASL_JAAS_CONFIG, saslJaasConfig);
        putPresent(properties, SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, sslTruststoreLocation);
        putPresent(properties, SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, sslTruststorePassword);
        putPresent(properties, SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, upperCase(sslTruststoreType));
        putPresent(properties, SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, sslKeystoreLocation);
        putPresent(properties, SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, sslKeystorePassword);
        putPresent(properties, SslConfigs.SSL_KEYSTORE_TYPE_CONFIG, upperCase(sslKeystoreType));
        putPresent(properties, SslConfigs.SSL_KEY_PASSWORD_CONFIG, sslKeyPassword);
        if (sslEndpointAlgorithm != null && !sslEndpointAlgorithm.equals("none") && !sslEndpointAlgorithm.equals("false")) {
            properties.put(SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG, sslEndpointAlgorithm);
        }
        return properties;
    }

    /** Names the brokers and how the clients authenticate, never a password or the JAAS configuration. */
    @Override
    public String toString() {
        return "KafkaConnection[brokers=" + brokers + ", securityProtocol=" + protocol()
                + (present(saslMechanism) ? ", saslMechanism=" + saslMechanism : "") + "]";
    }

    private static void putPresent(Map<String, Object> properties, String name, String value) {
        if (present(value)) {
            properties.put(name, value);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String upperCase(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
