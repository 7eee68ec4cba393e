package com.shop.platform.launcher.services;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxTest {

    @Test
    void thePaymentSandboxRunsOn8090AndTheServicesAreToldWhereItIs() {
        Sandbox payment = Sandbox.resolve(Map.of()).get(0);
        assertThat(payment.process().name()).isEqualTo("payment-sandbox");
        assertThat(payment.process().readinessUrl()).isEqualTo("http://localhost:8090/health");
        assertThat(payment.processEnvironment()).containsEntry("PAYMENT_SANDBOX_PORT", "8090");
        assertThat(payment.serviceEnvironment()).containsEntry("PAYMENT_PROVIDER_URL", "http://localhost:8090");
        assertThat(payment.jarIn(Path.of("/repo"))).isEqualTo(Path.of("/repo/connectors/payment-provider/target/payment-sandbox.jar"));
    }

    @Test
    void itsPortComesFromItsVariable() {
        Sandbox payment = Sandbox.resolve(Map.of("PAYMENT_SANDBOX_PORT", "9191")).get(0);
        assertThat(payment.processEnvironment()).containsEntry("PAYMENT_SANDBOX_PORT", "9191");
        assertThat(payment.serviceEnvironment()).containsEntry("PAYMENT_PROVIDER_URL", "http://localhost:9191");
    }

    @Test
    void theNotificationSandboxRunsOn8091AndNotificationServiceIsToldWhereItIs() {
        Sandbox notification = Sandbox.resolve(Map.of("NOTIFICATION_SANDBOX_PORT", "9292")).get(1);
        assertThat(notification.process().name()).isEqualTo("notification-sandbox");
        assertThat(notification.process().readinessUrl()).isEqualTo("http://localhost:9292/health");
        assertThat(notification.processEnvironment()).containsEntry("NOTIFICATION_SANDBOX_PORT", "9292");
        assertThat(notification.serviceEnvironment()).containsEntry("NOTIFICATION_SANDBOX_URL", "http://localhost:9292");
        assertThat(notification.jarIn(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/connectors/notification-channels/target/notification-sandbox.jar"));
        assertThat(Sandbox.resolve(Map.of()).get(1).process().port()).isEqualTo(8091);
    }
}
