package com.shop.order.saga;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class StepTimerTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Instant EARLIER = NOW.minusSeconds(40);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aNewStepIsDueOneTimeoutFromNowAndStartsNow() {
        assertThat(StepTimer.START.deadline(SagaState.RESERVING_STOCK, NOW, EARLIER, TIMEOUT)).isEqualTo(NOW.plus(TIMEOUT));
        assertThat(StepTimer.START.stepStart(NOW, EARLIER)).isEqualTo(NOW);
    }

    @Test
    void aResentStepGetsANewDeadlineButKeepsItsStart() {
        assertThat(StepTimer.RESTART.deadline(SagaState.RESERVING_STOCK, NOW, EARLIER, TIMEOUT)).isEqualTo(NOW.plus(TIMEOUT));
        assertThat(StepTimer.RESTART.stepStart(NOW, EARLIER)).isEqualTo(EARLIER);
    }

    @Test
    void progressWithinAStepKeepsItsDeadline() {
        assertThat(StepTimer.KEEP.deadline(SagaState.REFUNDING, NOW, EARLIER, TIMEOUT)).isEqualTo(EARLIER);
    }

    @Test
    void aRetriedPricingStepIsDueImmediately() {
        assertThat(StepTimer.DUE_NOW.deadline(SagaState.PRICING, NOW, EARLIER, TIMEOUT)).isEqualTo(NOW);
    }

    @Test
    void aStateThatWaitsForNothingHasNoDeadline() {
        assertThat(StepTimer.START.deadline(SagaState.CONFIRMED, NOW, null, TIMEOUT)).isNull();
        assertThat(StepTimer.KEEP.deadline(SagaState.FAILED, NOW, EARLIER, TIMEOUT)).isNull();
    }
}
