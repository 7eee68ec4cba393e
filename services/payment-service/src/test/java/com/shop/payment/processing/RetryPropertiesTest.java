package com.shop.payment.processing;

import com.shop.payment.provider.ProviderProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPropertiesTest {

    private final RetryProperties retry = new RetryProperties(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(60),
            Duration.ofMinutes(2), 50);

    @Test
    void theDelayDoublesWithEveryFailedAttemptUpToTheMaximum() {
        assertThat(retry.delayAfter(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(retry.delayAfter(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(retry.delayAfter(4)).isEqualTo(Duration.ofSeconds(40));
        assertThat(retry.delayAfter(5)).isEqualTo(Duration.ofSeconds(60));
        assertThat(retry.delayAfter(1_000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aMaximumBelowTheInitialDelayIsRefused() {
        assertThatThrownBy(() -> new RetryProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(1),
                Duration.ofMinutes(2), 50)).hasMessageContaining("payment.retry.maximum-delay");
    }

    /** order-service's default {@code order.saga.step-timeout}: after it the saga sends AuthorizePayment again. */
    private static final Duration SAGA_STEP_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void withTheShippedDefaultsAPaymentWhoseAttemptDiedIsResumedBeforeTheSagaSendsItsCommandAgain() throws IOException {
        Binder shipped = shippedConfiguration();
        RetryProperties retry = shipped.bind("payment.retry", RetryProperties.class).get();
        ProviderProperties provider = shipped.bind("payment.provider", ProviderProperties.class).get();

        assertThat(retry.lease()).as("the lease covers one provider attempt").isGreaterThan(provider.worstCaseAttempt());
        assertThat(retry.lease().plus(retry.pollInterval())).as("the lease ends before the saga's step timeout")
                .isLessThan(SAGA_STEP_TIMEOUT);
    }

    /** application.yml as it ships: every ${ENV:default} at its default. */
    private static Binder shippedConfiguration() throws IOException {
        List<PropertySource<?>> yaml = new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"));
        return new Binder(ConfigurationPropertySources.from(yaml), new PropertySourcesPlaceholdersResolver(yaml));
    }
}
