package com.shop.routes;

import com.shop.kafka.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

class ShopPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Settings.class)
            .withPropertyValues("shop.service-name=test-service");

    @Test
    void consumersRememberAppliedEventsAsLongAsKafkaKeepsAnyTopic() {
        Duration longestKept = Arrays.stream(Topic.values()).map(topic -> topic.retention().supersededRecordsGoneAfter())
                .max(Comparator.naturalOrder()).orElseThrow();

        context.run(ctx -> assertThat(ctx.getBean(ShopProperties.class).idempotency().retention())
                .isGreaterThanOrEqualTo(longestKept));
    }

    @Test
    void aRetentionShorterThanKafkaKeepsEventsStopsTheStart() {
        context.withPropertyValues("shop.idempotency.retention=7d")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("shop.idempotency.retention is PT168H, less than the PT720H"));
    }

    @Test
    void bothRetentionsAreSettings() {
        context.withPropertyValues("shop.idempotency.retention=45d", "shop.outbox.retention=2d")
                .run(ctx -> {
                    ShopProperties properties = ctx.getBean(ShopProperties.class);
                    assertThat(properties.idempotency().retention()).isEqualTo(Duration.ofDays(45));
                    assertThat(properties.outbox().retention()).isEqualTo(Duration.ofDays(2));
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ShopProperties.class)
    static class Settings {
    }
}
