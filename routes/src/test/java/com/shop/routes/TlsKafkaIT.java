package com.shop.routes;

import com.shop.platform.embedded.SslKafkaBroker;
import com.shop.routes.testapp.TestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The test service on a broker whose clients must connect over TLS, configured only by the KAFKA_* variables: the
 * broker's certificate in a PKCS12 trust store made at run time, its host name checked as by default. It starts,
 * consumes, produces and replays dead letters as on a plain broker (the tests of SecuredKafkaServiceTest).
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "KAFKA_SECURITY_PROTOCOL=SSL",
        "KAFKA_SSL_TRUSTSTORE_PASSWORD=" + SslKafkaBroker.STORE_PASSWORD,
        "KAFKA_SSL_TRUSTSTORE_TYPE=" + SslKafkaBroker.STORE_TYPE,
        "shop.kafka.provisioning-timeout=5s"})
@DirtiesContext
class TlsKafkaIT extends SecuredKafkaServiceTest {

    private static final SslKafkaBroker BROKER = startBroker();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        register(registry, "routes_tls", BROKER.bootstrapServers());
        registry.add("KAFKA_SSL_TRUSTSTORE_LOCATION", () -> BROKER.truststore().toString());
    }

    private static SslKafkaBroker startBroker() {
        SslKafkaBroker broker = SslKafkaBroker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "tls-kafka-stop"));
        return broker;
    }
}
