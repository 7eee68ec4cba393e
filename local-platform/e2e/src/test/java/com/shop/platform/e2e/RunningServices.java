package com.shop.platform.e2e;

import com.shop.platform.embedded.EmbeddedPostgresServer;
import com.shop.platform.embedded.SharedInfrastructure;
import com.shop.platform.launcher.postgres.PostgresEndpoint;
import com.shop.platform.launcher.services.PrefixedLog;
import com.shop.platform.launcher.services.ReadinessProbe;
import com.shop.platform.launcher.services.Sandbox;
import com.shop.platform.launcher.services.ServiceCatalog;
import com.shop.platform.launcher.services.ServiceDefinition;
import com.shop.platform.launcher.services.ServiceEnvironment;
import com.shop.platform.launcher.services.ServiceJars;
import com.shop.platform.launcher.services.ServiceProcess;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services as {@code ./platform up} runs them: each built jar as its own JVM, on free ports, against
 * the test JVM's real Kafka and PostgreSQL. Each service's output goes to {@code target/e2e-logs}.
 */
final class RunningServices {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    /**
     * The quick compiler alone: the tests need the services' behaviour, not their peak speed, and the services start
     * together, so on two cores C2's start-up compilations would only delay each other.
     */
    private static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";
    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent().getParent();
    private static final Path LOGS = Path.of("target", "e2e-logs");
    private static final String PAYMENT_SANDBOX = "payment-sandbox";
    private static final String NOTIFICATION_SANDBOX = "notification-sandbox";
    /** The gateway's burst per user: low, so that one customer's quick requests trip it. */
    static final int GATEWAY_USER_BURST = 30;
    /** Every test's requests reach the gateway from 127.0.0.1, so the per-address limit is set above what all of them send. */
    private static final Map<String, String> GATEWAY_RATE_LIMITS = Map.of(
            "GATEWAY_RATE_LIMIT_USER_BURST", Integer.toString(GATEWAY_USER_BURST),
            "GATEWAY_RATE_LIMIT_USER_PER_SECOND", "10",
            "GATEWAY_RATE_LIMIT_IP_BURST", "5000",
            "GATEWAY_RATE_LIMIT_IP_PER_SECOND", "2500");
    private static final RunningServices INSTANCE = new RunningServices();

    private final SharedInfrastructure infrastructure = SharedInfrastructure.get();
    private final Map<String, ServiceDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> processes = new HashMap<>();
    private final Map<String, Sandbox> sandboxes = new HashMap<>();
    private final int smtpPort = freePort();
    private final Path home;

    private RunningServices() {
        try {
            home = Files.createTempDirectory("e2e-platform-home");
            Files.createDirectories(LOGS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        for (ServiceDefinition catalogued : ServiceCatalog.resolve(Map.of())) {
            definitions.put(catalogued.name(), new ServiceDefinition(catalogued.name(), freePort(),
                    catalogued.database().map(db -> "e2e_" + db)));
        }
        for (Sandbox sandbox : Sandbox.resolve(Map.of("PAYMENT_SANDBOX_PORT", Integer.toString(freePort()),
                "NOTIFICATION_SANDBOX_PORT", Integer.toString(freePort())))) {
            sandboxes.put(sandbox.process().name(), sandbox);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "e2e-services-stop"));
    }

    /** The payment provider's sandbox, started once; returns its URL. */
    String ensurePaymentSandbox() throws Exception {
        return ensureSandbox(PAYMENT_SANDBOX, Map.of());
    }

    /** The mail, SMS and push providers' sandbox, its SMTP server on a free port, started once; returns its HTTP API's URL. */
    String ensureNotificationSandbox() throws Exception {
        return ensureSandbox(NOTIFICATION_SANDBOX, Map.of("NOTIFICATION_SANDBOX_SMTP_PORT", Integer.toString(smtpPort)));
    }

    private synchronized String ensureSandbox(String name, Map<String, String> ports) throws Exception {
        Sandbox sandbox = sandboxes.get(name);
        ServiceProcess running = processes.get(name);
        if (running == null || !running.isAlive()) {
            Map<String, String> environment = new HashMap<>(sandbox.processEnvironment());
            environment.putAll(ports);
            awaitReady(launch(sandbox.process(), sandbox.jarIn(REPOSITORY), environment));
        }
        return sandbox.process().baseUrl();
    }

    static RunningServices get() {
        return INSTANCE;
    }

    /** Starts {@code name} unless it runs, and waits until it is ready. */
    synchronized ServiceDefinition ensureRunning(String name) throws Exception {
        ensureRunning(List.of(name));
        return definition(name);
    }

    /** Starts each of {@code names} that does not run, all at once as {@code ./platform up} does, and waits until each is ready. */
    synchronized void ensureRunning(List<String> names) throws Exception {
        List<ServiceProcess> started = new ArrayList<>();
        for (String name : names) {
            ServiceProcess running = processes.get(name);
            if (running == null || !running.isAlive()) {
                started.add(launch(name));
            }
        }
        for (ServiceProcess process : started) {
            awaitReady(process);
        }
    }

    private ServiceProcess launch(String name) throws IOException {
        ServiceDefinition service = definition(name);
        Path jar = new ServiceJars(REPOSITORY).executableJar(service)
                .orElseThrow(() -> new IllegalStateException(name + " is not built: run ./mvnw verify (or package) first"));
        service.database().ifPresent(this::createDatabase);
        Map<String, String> environment = new HashMap<>(ServiceEnvironment.of(service, infrastructure.kafkaBootstrapServers(),
                new PostgresEndpoint("localhost", infrastructure.postgres().port(), EmbeddedPostgresServer.USER,
                        EmbeddedPostgresServer.PASSWORD)));
        environment.putAll(ServiceEnvironment.peers(List.copyOf(definitions.values()), 1));
        sandboxes.values().forEach(sandbox -> environment.putAll(sandbox.serviceEnvironment()));
        environment.put("NOTIFICATION_SMTP_PORT", Integer.toString(smtpPort));
        if (name.equals(ServiceCatalog.GATEWAY)) {
            environment.putAll(GATEWAY_RATE_LIMITS);
        }
        environment.put("PLATFORM_HOME", home.toString());
        return launch(service, jar, environment);
    }

    private ServiceProcess launch(ServiceDefinition service, Path jar, Map<String, String> environment) throws IOException {
        String name = service.name();
        PrintStream log = new PrintStream(Files.newOutputStream(LOGS.resolve(name + ".log"),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true);
        ServiceProcess process = ServiceProcess.start(service, List.of(QUICK_COMPILER_ONLY, "-jar", jar.toString()), home,
                environment, PrefixedLog.plain(name), log);
        processes.put(name, process);
        return process;
    }

    private static void awaitReady(ServiceProcess process) throws InterruptedException {
        String name = process.service().name();
        ServiceProcess.Readiness readiness = process.awaitReadiness(new ReadinessProbe(), READY_TIMEOUT);
        if (readiness != ServiceProcess.Readiness.READY) {
            throw new IllegalStateException(name + " did not become ready (" + readiness + "); see " + LOGS.resolve(name + ".log"));
        }
    }

    /** The file the user service writes the local admin's credentials to on its first start. */
    Path adminCredentials() {
        return home.resolve("admin-credentials.txt");
    }

    /** Kills the service's process at once ({@code kill -9}): no shutdown hook, no graceful stop. */
    synchronized void kill(String name) throws InterruptedException {
        ServiceProcess process = processes.remove(name);
        if (process != null) {
            process.kill();
        }
    }

    String baseUrl(String name) {
        return definition(name).baseUrl();
    }

    String jdbcUrl(String name) {
        return infrastructure.postgres().jdbcUrl(definition(name).database().orElseThrow());
    }

    private ServiceDefinition definition(String name) {
        ServiceDefinition service = definitions.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name);
        }
        return service;
    }

    private void createDatabase(String database) {
        try {
            infrastructure.postgres().createDatabaseIfMissing(database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create " + database, e);
        }
    }

    /** Asks every process to stop and waits for each; the ones stopped are forgotten, so a second call does nothing. */
    synchronized void stopAll() {
        processes.values().forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : List.copyOf(processes.values())) {
            try {
                process.awaitStop(Duration.ofSeconds(20));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        processes.clear();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
