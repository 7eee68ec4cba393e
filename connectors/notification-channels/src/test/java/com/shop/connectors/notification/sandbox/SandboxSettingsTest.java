package com.shop.connectors.notification.sandbox;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxSettingsTest {

    @Test
    void withoutFlagsOrEnvironmentItListensOnThisMachineOnTheUsualPorts() {
        assertThat(SandboxSettings.from(new String[0], Map.of())).isEqualTo(new SandboxSettings("127.0.0.1", 8091, 2525));
    }

    @Test
    void environmentVariablesSetAndFlagsOverrideThem() {
        SandboxSettings settings = SandboxSettings.from(new String[]{"--smtp-port=2600"}, Map.of(
                "NOTIFICATION_SANDBOX_ADDRESS", "0.0.0.0", "NOTIFICATION_SANDBOX_PORT", "9191",
                "NOTIFICATION_SANDBOX_SMTP_PORT", "2500"));

        assertThat(settings).isEqualTo(new SandboxSettings("0.0.0.0", 9191, 2600));
    }

    @Test
    void anUnknownFlagOrANonNumberIsRefusedWithItsName() {
        assertThatThrownBy(() -> SandboxSettings.from(new String[]{"--adress=0.0.0.0"}, Map.of()))
                .hasMessageContaining("--adress=0.0.0.0");
        assertThatThrownBy(() -> SandboxSettings.from(new String[0], Map.of("NOTIFICATION_SANDBOX_PORT", "eighty")))
                .hasMessageContaining("port");
    }
}
