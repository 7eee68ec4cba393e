package com.shop.routes;

import com.shop.platform.embedded.SslKafkaBroker;
import com.shop.routes.testapp.TestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The test service on a TLS broker dialled by its IP address, which the broker's certificate does not name, with
 * KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM=none: every Kafka client of the service (Camel's, topic provisioning's,
 * the dead-letter reader's) skips the host name check, where by default the start fails (TlsKafkaProvisioningIT), and
 * the service works as on a plain broker (the tests of SecuredKafkaServiceTest).
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "KAFKA_SECURITY_PROTOCOL=SSL",
        "KAFKA_SSL_TRUSTSTORE_PASSWORD=" + SslKafkaBroker.STORE_PASSWORD,
        "KAFKA_SSL_TRUSTSTORE_TYPE=" + SslKafkaBroker.STORE_TYPE,
        "KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM=none",
        "shop.kafka.provisioning-timeout=5s"})
@DirtiesContext
class TlsWithoutHostNameCheckIT extends SecuredKafkaServiceTest {

    private static final SslKafkaBroker BROKER = startBroker();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        register(registry, "routes_tls_no_host_check", BROKER.bootstrapServersByAddress());
        registry.add("KAFKA_SSL_TRUSTSTORE_LOCATION", () -> BROKER.truststore().toString());
    }

    private static SslKafkaBroker startBroker() {
        SslKafkaBroker broker = SslKafkaBroker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "tls-kafka-stop"));
        return broker;
    }
}
