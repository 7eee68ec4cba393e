package com.shop.platform.launcher;

import com.shop.platform.launcher.services.PrefixedLog;
import com.shop.platform.launcher.services.ReadinessProbe;
import com.shop.platform.launcher.services.Sandbox;
import com.shop.platform.launcher.services.ServiceDefinition;
import com.shop.platform.launcher.services.ServiceEnvironment;
import com.shop.platform.launcher.services.ServiceJars;
import com.shop.platform.launcher.services.ServiceProcess;
import com.shop.platform.launcher.services.ServiceProcess.Readiness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./platform up}: Kafka and PostgreSQL, then every built service as its own process; runs
 * until Ctrl-C or {@code ./platform down}, then stops the services, Kafka and PostgreSQL in that order.
 */
final class UpCommand {

    private static final Duration READINESS_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);

    private final LaunchSettings settings;
    private final PlatformHome home;
    private final PrintStream console;
    private final boolean colours;
    private final PrefixedLog own = PrefixedLog.plain(PlatformHome.PLATFORM);
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final List<ServiceProcess> sandboxes = new CopyOnWriteArrayList<>();
    private final Map<String, String> serviceEnvironment = new HashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Infrastructure infrastructure;
    private volatile boolean stopping;

    UpCommand(LaunchSettings settings, PrintStream console, boolean colours) {
        this.settings = settings;
        this.home = settings.platformHome();
        this.console = console;
        this.colours = colours;
    }

    /** Starts everything and blocks until the platform is stopped by a signal. */
    void run() throws Exception {
        refuseToStartBesideEarlierProcesses();
        if (settings.fresh()) {
            home.wipeData();
            say("--fresh: wiped " + home.data());
        }
        home.writePid(PlatformHome.PLATFORM, ProcessHandle.current().pid());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "platform-stop"));
        say("state in   " + home.root());
        infrastructure = Infrastructure.start(settings, this::say);
        startSandboxes();
        startServices();
        reportReadiness();
        new AdminCredentials(home.root()).report(this::say);
        say("platform is up (pid " + ProcessHandle.current().pid() + "); stop it with Ctrl-C or ./platform down");
        stopped.await();
    }

    /** A running platform, or what a killed one left behind, holds the ports and the data: {@code down} first. */
    private void refuseToStartBesideEarlierProcesses() throws IOException {
        home.process(PlatformHome.PLATFORM).ifPresent(running -> {
            throw new IllegalStateException("a platform already runs from " + home.root() + " (pid " + running.pid()
                    + "): ./platform down stops it");
        });
        for (String name : home.recordedNames()) {
            home.process(name).ifPresent(leftover -> {
                throw new IllegalStateException(name + " from an earlier run still runs (pid " + leftover.pid()
                        + "): ./platform down stops it");
            });
        }
        if (settings.externalPostgres().isEmpty()) {
            home.postgresServer().ifPresent(leftover -> {
                throw new IllegalStateException("PostgreSQL from an earlier run still runs on " + home.postgresData()
                        + " (pid " + leftover.pid() + "): ./platform down stops it");
            });
        }
    }

    /** Starts every built sandbox and waits until it answers, so the services find it from their first request. */
    private void startSandboxes() throws IOException, InterruptedException {
        ReadinessProbe probe = new ReadinessProbe();
        for (Sandbox sandbox : settings.sandboxes()) {
            Path jar = sandbox.jarIn(settings.repository());
            if (!Files.isRegularFile(jar)) {
                say("sandbox    " + sandbox.process().name() + " not built (" + sandbox.jar() + ")");
                continue;
            }
            ServiceProcess process = ServiceProcess.start(sandbox.process(), jar, settings.repository(),
                    sandbox.processEnvironment(), PrefixedLog.plain(sandbox.process().name()), console);
            sandboxes.add(process);
            home.writePid(sandbox.process().name(), process.pid());
            Readiness readiness = process.awaitReadiness(probe, READINESS_TIMEOUT);
            say(String.format("sandbox    %-21s %s", sandbox.process().name(), readiness == Readiness.READY
                    ? "ready      " + sandbox.process().baseUrl() + "  (" + sandbox.about() + ")"
                    : readiness.name().toLowerCase().replace('_', ' ') + ": the services that need it will wait for it"));
            serviceEnvironment.putAll(sandbox.serviceEnvironment());
        }
    }

    private void startServices() throws IOException {
        ServiceJars jars = new ServiceJars(settings.repository());
        List<ServiceDefinition> catalogue = settings.services();
        for (int i = 0; i < catalogue.size(); i++) {
            ServiceDefinition service = catalogue.get(i);
            Optional<Path> jar = jars.executableJar(service);
            if (jar.isEmpty()) {
                continue;
            }
            PrefixedLog log = colours ? PrefixedLog.coloured(service.name(), i) : PrefixedLog.plain(service.name());
            Map<String, String> environment = new HashMap<>(
                    ServiceEnvironment.of(service, infrastructure.kafkaBootstrapServers(), infrastructure.postgres()));
            environment.putAll(serviceEnvironment);
            environment.putAll(ServiceEnvironment.peers(catalogue));
            environment.put("PLATFORM_HOME", home.root().toString());
            ServiceProcess process = ServiceProcess.start(service, jar.get(), jars.moduleDirectory(service), environment,
                    log, console);
            services.add(process);
            home.writePid(service.name(), process.pid());
            say("started    " + service.name() + " (pid " + process.pid() + ") from " + settings.repository().relativize(jar.get()));
            process.onExit().thenAccept(exited -> {
                if (!stopping) {
                    say(service.name() + " exited with code " + exited.exitValue() + "; the other services keep running");
                    deletePid(service.name());
                }
            });
        }
    }

    private void reportReadiness() throws InterruptedException {
        ReadinessProbe probe = new ReadinessProbe();
        List<String> lines = new ArrayList<>();
        ServiceJars jars = new ServiceJars(settings.repository());
        for (ServiceDefinition service : settings.services()) {
            Optional<ServiceProcess> process = services.stream().filter(p -> p.service().equals(service)).findFirst();
            String state;
            if (process.isEmpty()) {
                state = jars.moduleDirectory(service).toFile().isDirectory()
                        ? "not built (no executable jar in services/" + service.name() + "/target)"
                        : "not in this repository";
            } else {
                Readiness readiness = process.get().awaitReadiness(probe, READINESS_TIMEOUT);
                state = switch (readiness) {
                    case READY -> "ready      " + service.urls();
                    case EXITED -> "exited with code " + process.get().exitCode() + " before it was ready (its log is above)";
                    case TIMED_OUT -> "not ready after " + READINESS_TIMEOUT.toMinutes() + " minutes: " + service.readinessUrl();
                };
            }
            lines.add(String.format("  %-21s %s", service.name(), state));
        }
        say("services");
        lines.forEach(this::say);
    }

    /** Stops the services, then Kafka, then PostgreSQL; runs as the JVM's shutdown hook. */
    private void stop() {
        stopping = true;
        say("stopping");
        try {
            stopServices();
            Infrastructure running = infrastructure;
            if (running != null) {
                running.close();
            }
        } catch (RuntimeException | InterruptedException e) {
            say("could not stop cleanly: " + e);
        } finally {
            deletePidFiles();
            say("stopped");
            stopped.countDown();
        }
    }

    private void stopServices() throws InterruptedException {
        stopAll(services);
        stopAll(sandboxes);
    }

    private void stopAll(List<ServiceProcess> processes) throws InterruptedException {
        List<ServiceProcess> running = processes.stream().filter(ServiceProcess::isAlive).toList();
        running.forEach(ServiceProcess::requestStop);
        for (ServiceProcess service : running) {
            service.awaitStop(SERVICE_STOP_GRACE);
            say(service.service().name() + " stopped (exit code " + service.exitCode() + ")");
        }
    }

    private void deletePidFiles() {
        services.forEach(service -> deletePid(service.service().name()));
        sandboxes.forEach(sandbox -> deletePid(sandbox.service().name()));
        deletePid(PlatformHome.PLATFORM);
    }

    private void deletePid(String name) {
        try {
            home.deletePid(name);
        } catch (IOException e) {
            say("could not remove the pid file of " + name + " in " + home.run() + ": " + e.getMessage());
        }
    }

    private void say(String line) {
        console.println(own.apply(line));
    }
}
