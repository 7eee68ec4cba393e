package com.shop.connectors.payment.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxSettingsTest {

    @Test
    void withoutFlagsOrEnvironmentTheDefaultsApply() {
        assertThat(SandboxSettings.from(new String[0], Map.of())).isEqualTo(SandboxSettings.defaults());
        assertThat(SandboxSettings.defaults().port()).isEqualTo(8090);
        assertThat(SandboxSettings.defaults().address()).as("this machine only").isEqualTo("127.0.0.1");
    }

    @Test
    void environmentVariablesSetAndFlagsOverrideThem() {
        SandboxSettings settings = SandboxSettings.from(new String[]{"--port=9100"}, Map.of(
                "PAYMENT_SANDBOX_PORT", "9000", "PAYMENT_SANDBOX_SLOW_RESPONSE_MS", "1500",
                "PAYMENT_SANDBOX_TRANSIENT_FAILURES", "4", "PAYMENT_SANDBOX_ADDRESS", "0.0.0.0"));
        assertThat(settings).isEqualTo(new SandboxSettings("0.0.0.0", 9100, Duration.ofMillis(1500), 4));
    }

    @Test
    void anUnknownFlagOrANonNumberIsRefusedWithItsName() {
        assertThatThrownBy(() -> SandboxSettings.from(new String[]{"--prot=1"}, Map.of()))
                .hasMessageContaining("--prot=1");
        assertThatThrownBy(() -> SandboxSettings.from(new String[0], Map.of("PAYMENT_SANDBOX_PORT", "eighty")))
                .hasMessageContaining("PAYMENT_SANDBOX_PORT");
        assertThatThrownBy(() -> SandboxSettings.from(new String[]{"--port=70000"}, Map.of()))
                .hasMessageContaining("65535");
    }
}
