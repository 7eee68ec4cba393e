package com.shop.kafka;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TopicProvisioningAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TopicProvisioningAutoConfiguration.class));

    @Test
    void isRegisteredAsAnAutoConfiguration() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(TopicProvisioningAutoConfiguration.class.getName());
    }

    @Test
    void withProvisioningOffGivesOnlyTheCodec() {
        runner.withPropertyValues("shop.kafka.provision-topics=false").run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(EventCodec.class).doesNotHaveBean(TopicProvisioner.class);
            assertThat(context.getBean(TopicProvisioningProperties.class))
                    .isEqualTo(new TopicProvisioningProperties(false, 6, (short) 1, Duration.ofSeconds(30)));
        });
    }

    @Test
    void anApplicationsOwnCodecWins() {
        EventCodec own = new EventCodec();

        runner.withPropertyValues("shop.kafka.provision-topics=false")
                .withBean(EventCodec.class, () -> own)
                .run(context -> assertThat(context.getBean(EventCodec.class)).isSameAs(own));
    }

    @Test
    void lessThanOnePartitionFailsTheStartUpNamingTheSetting() {
        runner.withPropertyValues("shop.kafka.partitions=0").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessage("shop.kafka.partitions must be at least 1, was 0"));
    }

    @Test
    void lessThanOneReplicaFailsTheStartUpNamingTheSetting() {
        runner.withPropertyValues("shop.kafka.replication-factor=0").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessage("shop.kafka.replication-factor must be at least 1, was 0"));
    }
}
