package com.shop.order.customers;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PartitionOffsetsTest {

    private final PartitionOffsets ends = new PartitionOffsets(Map.of(0, 5L, 1, 0L, 2, 7L));

    @Test
    void theProjectionHasReachedTheEndsWhereItAppliedEveryRecordBeforeThem() {
        assertThat(ends.notReachedBy(new PartitionOffsets(Map.of(0, 5L, 1, 0L, 2, 9L)))).isEmpty();
    }

    @Test
    void everyPartitionWhereItHasAppliedLessIsNamedWithHowFarItGot() {
        assertThat(ends.notReachedBy(new PartitionOffsets(Map.of(0, 4L, 1, 0L, 2, 3L))))
                .containsExactly("partition 0 at 4 of 5", "partition 2 at 3 of 7");
    }

    @Test
    void aPartitionItKnowsNothingOfCountsAsNotReadUnlessItIsEmpty() {
        assertThat(ends.notReachedBy(new PartitionOffsets(Map.of(0, 5L)))).containsExactly("partition 2 at 0 of 7");
    }
}
