package com.shop.platform.launcher.services;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ServiceProcessTest {

    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private final PrintStream consoleStream = new PrintStream(console, true, StandardCharsets.UTF_8);

    @TempDir
    Path directory;

    @Test
    void aServiceThatDiesBeforeItIsReadyIsReportedWithItsExitCodeAndItsOutputPrefixed() throws Exception {
        ServiceDefinition service = new ServiceDefinition("payment-service", 1, Optional.of("payments"));

        ServiceProcess process = ServiceProcess.start(service, directory.resolve("missing.jar"), directory, Map.of(),
                PrefixedLog.plain(service.name()), consoleStream);

        assertThat(process.awaitReadiness(new ReadinessProbe(), Duration.ofSeconds(30)))
                .isEqualTo(ServiceProcess.Readiness.EXITED);
        assertThat(process.exitCode()).isNotZero();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(console.toString(StandardCharsets.UTF_8)).contains("[payment-service] Error: Unable to access jarfile"));
    }

    @Test
    void aServiceIsReadyWhenItsReadinessEndpointAnswers200() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/actuator/health/readiness", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            ServiceDefinition service = new ServiceDefinition("gateway", server.getAddress().getPort(), Optional.empty());
            ServiceProcess process = ServiceProcess.start(service, directory.resolve("missing.jar"), directory, Map.of(),
                    PrefixedLog.plain(service.name()), consoleStream);

            assertThat(process.awaitReadiness(new ReadinessProbe(), Duration.ofSeconds(30)))
                    .isEqualTo(ServiceProcess.Readiness.READY);
            process.awaitStop(Duration.ofSeconds(30));
        } finally {
            server.stop(0);
        }
    }
}
