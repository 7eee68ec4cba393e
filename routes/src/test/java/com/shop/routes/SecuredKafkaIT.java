package com.shop.routes;

import com.shop.platform.embedded.SaslKafkaBroker;
import com.shop.routes.testapp.TestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The test service on a broker whose clients must log in with SASL PLAIN, configured only by the KAFKA_* variables:
 * it starts, consumes, produces and replays dead letters as on a plain broker (the tests of SecuredKafkaServiceTest).
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT",
        "KAFKA_SASL_MECHANISM=PLAIN",
        "KAFKA_SASL_JAAS_CONFIG=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"shop\" password=\"shop-secret\";",
        "shop.kafka.provisioning-timeout=5s"})
@DirtiesContext
class SecuredKafkaIT extends SecuredKafkaServiceTest {

    private static final SaslKafkaBroker BROKER = startBroker();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        register(registry, "routes_sasl", BROKER.bootstrapServers());
    }

    private static SaslKafkaBroker startBroker() {
        SaslKafkaBroker broker = SaslKafkaBroker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "sasl-kafka-stop"));
        return broker;
    }
}
