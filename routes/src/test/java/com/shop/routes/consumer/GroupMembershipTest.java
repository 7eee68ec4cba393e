package com.shop.routes.consumer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupMembershipTest {

    @Test
    void aHeartbeatShorterThanTheSessionTimeoutIsTaken() {
        assertThat(new GroupMembership(10_000, 3_000).sessionTimeoutMs()).isEqualTo(10_000);
    }

    @Test
    void aSessionTimeoutNoLongerThanTheHeartbeatStopsTheStartNamingBoth() {
        assertThatThrownBy(() -> new GroupMembership(3_000, 3_000)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KAFKA_SESSION_TIMEOUT_MS, 3000 ms").hasMessageContaining("heartbeat-interval-ms, 3000 ms");
    }
}
