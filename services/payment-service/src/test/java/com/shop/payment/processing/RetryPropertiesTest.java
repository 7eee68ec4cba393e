package com.shop.payment.processing;

import org.junit.jupiter.api.Test;

import java.time.Duration;

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
}
