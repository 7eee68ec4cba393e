package com.shop.platform.launcher;

import com.shop.platform.launcher.services.ReadinessProbe;
import com.shop.platform.launcher.services.Sandbox;
import com.shop.platform.launcher.services.ServiceDefinition;
import com.shop.platform.launcher.services.ServiceInstances;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./platform status}: whether a platform runs, and which of Kafka, PostgreSQL, the sandboxes and the service
 * instances (those the running platform recorded, else those the settings describe) answer.
 */
final class StatusCommand {

    static final int NOT_RUNNING = 3;
    private static final int ADMIN_TIMEOUT_MILLIS = 5000;

    private final LaunchSettings settings;
    private final PrintStream console;

    StatusCommand(LaunchSettings settings, PrintStream console) {
        this.settings = settings;
        this.console = console;
    }

    int run() throws InterruptedException, IOException {
        PlatformHome home = settings.platformHome();
        Optional<ProcessHandle> platform = home.process(PlatformHome.PLATFORM);
        console.println(line("platform", platform.map(p -> "running (pid " + p.pid() + ")").orElse("not running")
                + ", state in " + home.root()));
        console.println(line("Kafka", settings.kafkaBootstrapServers() + "  " + kafkaState()));
        HostPort postgres = new HostPort(settings.postgres().host(), settings.postgres().port());
        console.println(line("PostgreSQL", postgres + "  " + (Ports.answers(postgres.host(), postgres.port()) ? "answers" : "no answer")));
        ReadinessProbe probe = new ReadinessProbe();
        for (Sandbox sandbox : settings.sandboxes()) {
            console.println(line(sandbox.process().name(), sandbox.process().baseUrl() + "  " + serviceState(sandbox.process(), probe)));
        }
        List<ServiceDefinition> recorded = platform.isPresent() ? home.instances() : List.of();
        List<ServiceDefinition> instances = recorded.isEmpty()
                ? ServiceInstances.of(settings.services(), settings.replicas())
                : recorded;
        for (ServiceDefinition instance : instances) {
            console.println(line(instance.name(), instance.baseUrl() + "  " + serviceState(instance, probe)));
        }
        return platform.isPresent() ? 0 : NOT_RUNNING;
    }

    private String kafkaState() throws InterruptedException {
        HostPort first = HostPort.parse(settings.kafkaBootstrapServers().split(",")[0], CommandLine.DEFAULT_KAFKA_PORT, "Kafka");
        if (!Ports.answers(first.host(), first.port())) {
            return "no answer";
        }
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MILLIS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MILLIS))) {
            int topics = admin.listTopics().names().get(ADMIN_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).size();
            return "answers, " + topics + " topics";
        } catch (ExecutionException | TimeoutException e) {
            return "port open, but Kafka does not answer (" + e.getMessage() + ")";
        }
    }

    private static String serviceState(ServiceDefinition service, ReadinessProbe probe) {
        int status = probe.status(service.readinessUrl());
        if (status == 200) {
            return "ready";
        }
        return status < 0 ? "not running" : "answers but not ready (readiness HTTP " + status + ")";
    }

    private static String line(String what, String state) {
        return String.format("%-23s %s", what, state);
    }
}
