package com.shop.platform.launcher;

import com.shop.platform.launcher.services.PrefixedLog;
import com.shop.platform.launcher.services.ReadinessProbe;
import com.shop.platform.launcher.services.Sandbox;
import com.shop.platform.launcher.services.ServiceDefinition;
import com.shop.platform.launcher.services.ServiceEnvironment;
import com.shop.platform.launcher.services.ServiceInstances;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./platform up}: the sandboxes, Kafka and PostgreSQL, then every built service as its own process; runs
 * until Ctrl-C or {@code ./platform down}, then stops the services, Kafka and PostgreSQL in that order.
 */
final class UpCommand {

    private static final Duration READINESS_TIMEOUT = RunningServices.READINESS_TIMEOUT;
    private static final Duration START_REQUEST_POLL = Duration.ofSeconds(1);
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);

    private final LaunchSettings settings;
    private final PlatformHome home;
    private final PrintStream console;
    private final boolean colours;
    private final PrefixedLog own = PrefixedLog.plain(PlatformHome.PLATFORM);
    private final RunningServices services;
    private final StartRequests startRequests;
    private final ScheduledExecutorService requestPoller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "platform-start-requests");
        thread.setDaemon(true);
        return thread;
    });
    private final List<ServiceProcess> sandboxes = new CopyOnWriteArrayList<>();
    private final Map<String, String> serviceEnvironment = new HashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Infrastructure infrastructure;

    UpCommand(LaunchSettings settings, PrintStream console, boolean colours) {
        this.settings = settings;
        this.home = settings.platformHome();
        this.console = console;
        this.colours = colours;
        this.services = new RunningServices(home, console, this::say);
        this.startRequests = new StartRequests(home.startRequests());
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
        startSandboxes();
        infrastructure = Infrastructure.start(settings, this::say);
        List<RunningServices.Launch> launches = launches();
        home.writeInstances(launches.stream().map(RunningServices.Launch::instance).toList());
        startRequests.take();
        requestPoller.scheduleWithFixedDelay(this::takeStartRequests, 0, START_REQUEST_POLL.toMillis(), TimeUnit.MILLISECONDS);
        services.pruneClassData(launches);
        startInstances(launches);
        awaitSandboxes();
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

    /**
     * Starts every built sandbox while Kafka and PostgreSQL start; the services need them only once they take
     * requests, so their readiness is awaited after the services were started (see {@link #awaitSandboxes}).
     */
    private void startSandboxes() throws IOException {
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
            serviceEnvironment.putAll(sandbox.serviceEnvironment());
        }
    }

    /** Waits until each started sandbox answers, and says where it is. */
    private void awaitSandboxes() throws InterruptedException {
        ReadinessProbe probe = new ReadinessProbe();
        for (Sandbox sandbox : settings.sandboxes()) {
            Optional<ServiceProcess> started = sandboxes.stream()
                    .filter(process -> process.service().name().equals(sandbox.process().name())).findFirst();
            if (started.isPresent()) {
                Readiness readiness = started.get().awaitReadiness(probe, READINESS_TIMEOUT);
                say(String.format("sandbox    %-21s %s", sandbox.process().name(), readiness == Readiness.READY
                        ? "ready      " + sandbox.process().baseUrl() + "  (" + sandbox.about() + ")"
                        : readiness.name().toLowerCase().replace('_', ' ') + ": the services that need it will wait for it"));
            }
        }
    }

    /** How to start every instance of every built service, each service's instances together. */
    private List<RunningServices.Launch> launches() {
        ServiceJars jars = new ServiceJars(settings.repository());
        List<ServiceDefinition> catalogue = settings.services();
        List<RunningServices.Launch> launches = new ArrayList<>();
        for (int i = 0; i < catalogue.size(); i++) {
            ServiceDefinition service = catalogue.get(i);
            Optional<Path> jar = jars.executableJar(service);
            if (jar.isEmpty()) {
                continue;
            }
            Map<String, String> environment = new HashMap<>(serviceEnvironment);
            environment.putAll(ServiceEnvironment.peers(catalogue, settings.replicas()));
            environment.put("PLATFORM_HOME", home.root().toString());
            for (ServiceDefinition instance : ServiceInstances.of(service, settings.replicas())) {
                Map<String, String> instanceEnvironment = new HashMap<>(environment);
                instanceEnvironment.putAll(ServiceEnvironment.of(instance, infrastructure.kafkaBootstrapServers(), infrastructure.postgres()));
                PrefixedLog log = colours ? PrefixedLog.coloured(instance.name(), i) : PrefixedLog.plain(instance.name());
                launches.add(new RunningServices.Launch(service.name(), instance, jar.get(), jars.moduleDirectory(service),
                        Map.copyOf(instanceEnvironment), log));
            }
        }
        return launches;
    }

    /**
     * Starts the first instance of each service, and the further ones once the first ones are up: a fresh
     * database is then migrated and seeded by one instance, not raced for by several.
     */
    private void startInstances(List<RunningServices.Launch> launches) throws IOException, InterruptedException {
        List<String> firstNames = settings.services().stream().map(ServiceDefinition::name).toList();
        List<RunningServices.Launch> further = new ArrayList<>();
        for (RunningServices.Launch launch : launches) {
            if (firstNames.contains(launch.instance().name())) {
                say("starting   " + launch.instance().name() + " from " + settings.repository().relativize(launch.jar()));
                services.start(launch);
            } else {
                further.add(launch);
            }
        }
        if (further.isEmpty()) {
            return;
        }
        ReadinessProbe probe = new ReadinessProbe();
        for (String name : firstNames) {
            Optional<ServiceProcess> first = services.process(name);
            if (first.isPresent()) {
                first.get().awaitReadiness(probe, READINESS_TIMEOUT);
            }
        }
        say("replicas   starting " + further.size() + " further instances, now that each service's first one is through its start-up");
        for (RunningServices.Launch launch : further) {
            services.start(launch);
        }
    }

    private void takeStartRequests() {
        try {
            services.startRequested(startRequests.take());
        } catch (IOException | RuntimeException e) {
            say("could not read the start requests in " + home.startRequests() + ": " + e.getMessage());
        }
    }

    /** Waits for every instance at once (each readiness call waits for the Kafka consumers' polls), then lists them in order. */
    private void reportReadiness() {
        ReadinessProbe probe = new ReadinessProbe();
        ServiceJars jars = new ServiceJars(settings.repository());
        List<CompletableFuture<String>> lines = new ArrayList<>();
        ExecutorService waiters = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "platform-readiness");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (ServiceDefinition service : settings.services()) {
                for (ServiceDefinition instance : ServiceInstances.of(service, settings.replicas())) {
                    Optional<ServiceProcess> process = services.process(instance.name());
                    if (process.isPresent()) {
                        lines.add(CompletableFuture.supplyAsync(() -> readinessLine(instance, process.get(), probe), waiters));
                    } else {
                        lines.add(CompletableFuture.completedFuture(String.format("  %-23s %s", instance.name(),
                                jars.moduleDirectory(service).toFile().isDirectory()
                                        ? "not built (no executable jar in services/" + service.name() + "/target)"
                                        : "not in this repository")));
                    }
                }
            }
            List<String> ready = lines.stream().map(CompletableFuture::join).toList();
            say("services");
            ready.forEach(this::say);
        } finally {
            waiters.shutdownNow();
        }
    }

    private static String readinessLine(ServiceDefinition instance, ServiceProcess process, ReadinessProbe probe) {
        try {
            return RunningServices.readinessLine(instance, process.awaitReadiness(probe, READINESS_TIMEOUT), process);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return String.format("  %-23s %s", instance.name(), "not awaited: the platform is stopping");
        }
    }

    /** Stops the services, then Kafka, then PostgreSQL; runs as the JVM's shutdown hook. */
    private void stop() {
        requestPoller.shutdownNow();
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
        services.stopAll(SERVICE_STOP_GRACE);
        List<ServiceProcess> running = sandboxes.stream().filter(ServiceProcess::isAlive).toList();
        running.forEach(ServiceProcess::requestStop);
        for (ServiceProcess sandbox : running) {
            sandbox.awaitStop(SERVICE_STOP_GRACE);
            say(sandbox.service().name() + " stopped (exit code " + sandbox.exitCode() + ")");
        }
    }

    private void deletePidFiles() {
        sandboxes.forEach(sandbox -> deletePid(sandbox.service().name()));
        deletePid(PlatformHome.PLATFORM);
        try {
            home.deleteInstances();
        } catch (IOException e) {
            say("could not remove " + home.run() + "/instances: " + e.getMessage());
        }
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
