package com.shop.platform.launcher.services;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One service running as its own JVM, so that it can be stopped and started without the others. */
public final class ServiceProcess {

    /** How waiting for a service's readiness ended. */
    public enum Readiness { READY, EXITED, TIMED_OUT }

    private static final String HEAP = "-Xmx256m";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final ServiceDefinition service;
    private final Process process;

    private ServiceProcess(ServiceDefinition service, Process process) {
        this.service = service;
        this.process = process;
    }

    /** Starts {@code jar} in {@code directory} with {@code environment}, its output copied to {@code console} through {@code log}. */
    public static ServiceProcess start(ServiceDefinition service, Path jar, Path directory, Map<String, String> environment,
                                       PrefixedLog log, PrintStream console) throws IOException {
        return start(service, List.of("-jar", jar.toString()), directory, environment, log, console);
    }

    /** Starts a JVM with {@code arguments} (after the heap limit), otherwise as {@link #start(ServiceDefinition, Path, Path, Map, PrefixedLog, PrintStream)}. */
    public static ServiceProcess start(ServiceDefinition service, List<String> arguments, Path directory, Map<String, String> environment,
                                       PrefixedLog log, PrintStream console) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), HEAP));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Thread copier = new Thread(() -> {
            try {
                log.copy(process.getInputStream(), console);
            } catch (IOException streamClosed) {
                console.println(log.apply("(output no longer readable: " + streamClosed.getMessage() + ")"));
            }
        }, service.name() + "-output");
        copier.setDaemon(true);
        copier.start();
        return new ServiceProcess(service, process);
    }

    /** The {@code java} of the JVM running this code, so that every service runs on the same JDK. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public ServiceDefinition service() {
        return service;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Polls the readiness endpoint until it answers 200, the process exits, or {@code timeout} passes. */
    public Readiness awaitReadiness(ReadinessProbe probe, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (probe.ready(service)) {
                return Readiness.READY;
            }
            if (exitsWithin(POLL_INTERVAL)) {
                return Readiness.EXITED;
            }
        }
        return Readiness.TIMED_OUT;
    }

    /**
     * Asks the service to stop (SIGTERM), without waiting. Signals through the process handle, as
     * {@link Process#destroy()} would also close the output stream and lose the service's last lines.
     */
    public void requestStop() {
        process.toHandle().destroy();
    }

    /** Kills the service at once (SIGKILL): no shutdown hook runs, as when a machine or container dies. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits up to {@code grace} for the service to stop, then kills it. */
    public void awaitStop(Duration grace) throws InterruptedException {
        if (!exitsWithin(grace)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    public int exitCode() {
        return process.exitValue();
    }

    private boolean exitsWithin(Duration wait) throws InterruptedException {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
