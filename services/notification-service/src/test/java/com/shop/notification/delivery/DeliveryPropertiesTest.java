package com.shop.notification.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryPropertiesTest {

    private static final DeliveryProperties.CircuitBreaker BREAKER =
            new DeliveryProperties.CircuitBreaker(50, 10, 5, Duration.ofSeconds(30));

    @Test
    void theWaitDoublesWithEveryFailedAttemptUpToTheMaximum() {
        DeliveryProperties properties = new DeliveryProperties(Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofMinutes(2), 20, 50, BREAKER);
        assertThat(properties.delayAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.delayAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(properties.delayAfter(4)).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.delayAfter(500)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aMaximumBelowTheInitialDelayOrABreakerOpenForLessThanASecondIsRefused() {
        assertThatThrownBy(() -> new DeliveryProperties(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(1),
                Duration.ofMinutes(2), 20, 50, BREAKER)).hasMessageContaining("notification.delivery.maximum-delay");
        assertThatThrownBy(() -> new DeliveryProperties.CircuitBreaker(50, 10, 5, Duration.ofMillis(200)))
                .hasMessageContaining("wait-in-open-state");
    }
}
