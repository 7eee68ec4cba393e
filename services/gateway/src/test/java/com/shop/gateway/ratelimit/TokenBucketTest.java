package com.shop.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstUpToTheCapacityPassesThenTheWaitIsUntilTheNextToken() {
        TokenBucket bucket = new TokenBucket(2, 0.5, 0);

        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(bucket.take(SECOND)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void tokensComeBackWithTimeButNeverBeyondTheCapacity() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        bucket.take(0);
        bucket.take(0);

        assertThat(bucket.isFull(SECOND)).isFalse();
        assertThat(bucket.isFull(100 * SECOND)).isTrue();
        assertThat(bucket.take(100 * SECOND)).isZero();
        assertThat(bucket.take(100 * SECOND)).isZero();
        assertThat(bucket.take(100 * SECOND)).isPositive();
    }
}
