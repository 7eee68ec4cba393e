package com.shop.platform.launcher;

import com.shop.platform.launcher.services.ClassDataSharing;
import com.shop.platform.launcher.services.PrefixedLog;
import com.shop.platform.launcher.services.ReadinessProbe;
import com.shop.platform.launcher.services.ServiceDefinition;
import com.shop.platform.launcher.services.ServiceProcess;
import com.shop.platform.launcher.services.ServiceProcess.Readiness;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The service instances {@code up} runs, each remembered with how it was launched so that
 * {@code ./platform start <instance>} brings a stopped one back with the same port and environment.
 */
final class RunningServices {

    static final Duration READINESS_TIMEOUT = Duration.ofMinutes(5);
    /**
     * How long an instance that records its class data archive may take to stop: it writes the archive as it exits, which
     * took a first instance over 30 s on two cores while the other services wrote theirs, and a killed one keeps none.
     */
    static final Duration RECORDING_STOP_GRACE = Duration.ofSeconds(90);
    private static final Duration KEEPING_TIMEOUT = Duration.ofSeconds(5);

    /** How one instance of {@code service} is started: again and again the same way. */
    record Launch(String service, ServiceDefinition instance, Path jar, Path directory, Map<String, String> environment, PrefixedLog log) {

        /** The service's first instance, the one that records its class data archive. */
        boolean first() {
            return instance.name().equals(service);
        }
    }

    private final PlatformHome home;
    private final ClassDataSharing classDataSharing;
    private final PrintStream console;
    private final Consumer<String> say;
    private final Map<String, Launch> launches = new ConcurrentHashMap<>();
    private final Map<String, ServiceProcess> processes = Collections.synchronizedMap(new LinkedHashMap<>());
    /** Per instance that records its archive: done once its JVM exited and the archive was kept or dropped. */
    private final Map<String, CompletableFuture<Void>> recordings = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    RunningServices(PlatformHome home, PrintStream console, Consumer<String> say) {
        this.home = home;
        this.classDataSharing = ClassDataSharing.under(home.classData());
        this.console = console;
        this.say = say;
    }

    /** Starts {@code launch} and remembers it; its pid file is removed when it exits on its own or is stopped. */
    ServiceProcess start(Launch launch) throws IOException {
        String name = launch.instance().name();
        launches.put(name, launch);
        ClassDataSharing.Start how = classDataStart(launch);
        ServiceProcess process = ServiceProcess.start(launch.instance(), how.arguments(), launch.directory(),
                launch.environment(), launch.log(), console);
        how.recording().ifPresent(archive -> recordings.put(name,
                process.onExit().thenAccept(exited -> keepRecording(name, archive, exited.exitValue()))));
        processes.put(name, process);
        home.writePid(name, process.pid());
        say.accept("started    " + name + " (pid " + process.pid() + ", port " + launch.instance().port() + ")");
        process.onExit().thenAccept(exited -> {
            if (!stopping) {
                say.accept(name + " exited with code " + exited.exitValue() + "; the other services keep running"
                        + " (./platform start " + name + " starts it again)");
                deletePid(name);
            }
        });
        return process;
    }

    /** Removes each service's unpacked jars of earlier builds; call it before any instance runs. */
    void pruneClassData(List<Launch> launches) {
        for (Launch launch : launches) {
            try {
                classDataSharing.pruneOtherThan(launch.service(), launch.jar());
            } catch (IOException e) {
                say.accept("could not remove the earlier class data of " + launch.service() + ": " + e.getMessage());
            }
        }
    }

    private ClassDataSharing.Start classDataStart(Launch launch) {
        try {
            return classDataSharing.start(launch.service(), launch.jar(), launch.first());
        } catch (IOException e) {
            say.accept(launch.instance().name() + " starts without a class data archive: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ClassDataSharing.Start(List.of("-jar", launch.jar().toString()), Optional.empty());
    }

    private void keepRecording(String name, Path recording, int exitCode) {
        try {
            classDataSharing.recorded(recording, exitCode);
        } catch (IOException e) {
            say.accept("could not keep the class data archive " + name + " recorded: " + e.getMessage());
        }
    }

    /** Starts each instance asked for by {@code ./platform start}, and reports when it is ready. */
    void startRequested(List<String> names) {
        for (String name : names) {
            Launch launch = launches.get(name);
            if (launch == null) {
                say.accept("start " + name + ": no such instance; the platform runs " + launches.keySet().stream().sorted().toList());
            } else if (process(name).filter(ServiceProcess::isAlive).isPresent()) {
                say.accept("start " + name + ": already runs (pid " + processes.get(name).pid() + ")");
            } else {
                startAgain(launch);
            }
        }
    }

    private void startAgain(Launch launch) {
        try {
            ServiceProcess process = start(launch);
            Thread reporter = new Thread(() -> {
                try {
                    say.accept(readinessLine(launch.instance(), process.awaitReadiness(new ReadinessProbe(), READINESS_TIMEOUT), process));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, launch.instance().name() + "-readiness");
            reporter.setDaemon(true);
            reporter.start();
        } catch (IOException e) {
            say.accept("start " + launch.instance().name() + ": could not start: " + e.getMessage());
        }
    }

    Optional<ServiceProcess> process(String name) {
        return Optional.ofNullable(processes.get(name));
    }

    /**
     * Asks every running instance to stop, in the order they were first started, then waits up to {@code grace} for each
     * ({@link #RECORDING_STOP_GRACE} for one that records its archive) and removes its pid file.
     */
    void stopAll(Duration grace) throws InterruptedException {
        stopping = true;
        List<ServiceProcess> all;
        synchronized (processes) {
            all = List.copyOf(processes.values());
        }
        List<ServiceProcess> running = all.stream().filter(ServiceProcess::isAlive).toList();
        running.forEach(ServiceProcess::requestStop);
        for (ServiceProcess process : running) {
            CompletableFuture<Void> recording = recordings.getOrDefault(process.service().name(), CompletableFuture.completedFuture(null));
            process.awaitStop(recording.isDone() ? grace : RECORDING_STOP_GRACE);
            awaitKept(recording);
            say.accept(process.service().name() + " stopped (exit code " + process.exitCode() + ")");
        }
        all.forEach(process -> deletePid(process.service().name()));
    }

    /** Waits for the archive of an instance that exited to be kept, so that the launcher does not exit before. */
    private static void awaitKept(CompletableFuture<Void> recording) throws InterruptedException {
        try {
            recording.get(KEEPING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException notKept) {
            // keepRecording reported its own failure; a recording not kept is recorded again at the next start
        }
    }

    static String readinessLine(ServiceDefinition instance, Readiness readiness, ServiceProcess process) {
        String state = switch (readiness) {
            case READY -> "ready      " + instance.urls();
            case EXITED -> "exited with code " + process.exitCode() + " before it was ready (its log is above)";
            case TIMED_OUT -> "not ready after " + READINESS_TIMEOUT.toMinutes() + " minutes: " + instance.readinessUrl();
        };
        return String.format("  %-23s %s", instance.name(), state);
    }

    private void deletePid(String name) {
        try {
            home.deletePid(name);
        } catch (IOException e) {
            say.accept("could not remove the pid file of " + name + " in " + home.run() + ": " + e.getMessage());
        }
    }
}
