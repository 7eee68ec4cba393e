package com.shop.kafka;

import com.shop.platform.embedded.SaslKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topic provisioning at start-up against a broker whose clients must log in with SASL PLAIN: the Camel Kafka
 * component's security settings reach the provisioner, and a start without them or with a wrong password fails with
 * a message that says why, instead of waiting.
 */
class SecuredKafkaProvisioningIT {

    private static SaslKafkaBroker broker;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TopicProvisioningAutoConfiguration.class))
            .withPropertyValues("shop.kafka.partitions=1");

    @BeforeAll
    static void startBroker() {
        broker = SaslKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void theComponentsSaslSettingsLetTheStartCreateEveryCatalogueTopic() throws Exception {
        runner.withPropertyValues(security(SaslKafkaBroker.PASSWORD))
                .run(context -> assertThat(context).hasNotFailed());

        KafkaConnection connection = connection(SaslKafkaBroker.PASSWORD);
        try (Admin admin = Admin.create(connection.clientProperties())) {
            assertThat(admin.listTopics().names().get()).containsAll(catalogue().toList());
        }
    }

    @Test
    void withoutTheSaslSettingsTheStartFailsAfterTheTimeoutNamingTheProtocolItTried() {
        long started = System.nanoTime();

        runner.withPropertyValues("camel.component.kafka.brokers=" + broker.bootstrapServers(), "shop.kafka.provisioning-timeout=2s")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("could not list the topics on " + broker.bootstrapServers() + " over PLAINTEXT")
                        .hasStackTraceContaining("no answer within 2 s")
                        .hasStackTraceContaining("KAFKA_SECURITY_PROTOCOL"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void aWrongPasswordFailsTheStartAtOnceWithKafkasAuthenticationError() {
        long started = System.nanoTime();

        runner.withPropertyValues(security("not-the-password"))
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseInstanceOf(SaslAuthenticationException.class)
                        .hasStackTraceContaining("over SASL_PLAINTEXT")
                        .hasStackTraceContaining("Authentication failed"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }

    private static String[] security(String password) {
        return new String[] {
                "camel.component.kafka.brokers=" + broker.bootstrapServers(),
                "camel.component.kafka.security-protocol=SASL_PLAINTEXT",
                "camel.component.kafka.sasl-mechanism=PLAIN",
                "camel.component.kafka.sasl-jaas-config=" + SaslKafkaBroker.plainLogin(SaslKafkaBroker.USER, password)};
    }

    private static KafkaConnection connection(String password) {
        return new KafkaConnection(broker.bootstrapServers(), "SASL_PLAINTEXT", "PLAIN",
                SaslKafkaBroker.plainLogin(SaslKafkaBroker.USER, password), null, null, null, null, null, null, null, null);
    }

    private static Stream<String> catalogue() {
        return Stream.of(Topic.values()).flatMap(topic -> Stream.of(topic.topicName(), topic.deadLetterTopic()));
    }
}
