package com.shop.platform.launcher;

import com.shop.platform.launcher.services.ReadinessProbe;
import com.shop.platform.launcher.services.ServiceDefinition;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./platform stop <instance>} and {@code ./platform start <instance>}: take one service instance
 * out of a running platform and bring it back, to watch the others and the gateway cope.
 */
final class InstanceCommand {

    static final int FAILED = 1;
    /** As long as a first instance may take to write its class data archive: only a limit, an instance stops in seconds. */
    private static final Duration STOP_TIMEOUT = RunningServices.RECORDING_STOP_GRACE;
    private static final Duration POLL = Duration.ofSeconds(1);

    private final PlatformHome home;
    private final PrintStream console;

    InstanceCommand(PlatformHome home, PrintStream console) {
        this.home = home;
        this.console = console;
    }

    /** Sends SIGTERM to the instance's recorded pid and waits for it to exit. */
    int stop(String name) throws IOException, InterruptedException {
        if (instance(name).isEmpty()) {
            return FAILED;
        }
        Optional<ProcessHandle> process = home.process(name);
        if (process.isEmpty()) {
            console.println(name + " does not run; ./platform start " + name + " starts it");
            return FAILED;
        }
        console.println("stopping " + name + " (pid " + process.get().pid() + ") ...");
        process.get().destroy();
        if (!exitsWithin(process.get(), STOP_TIMEOUT)) {
            console.println(name + " did not stop within " + STOP_TIMEOUT.toSeconds() + "s; killing it");
            process.get().destroyForcibly();
        }
        console.println(name + " stopped; ./platform start " + name + " starts it again");
        return 0;
    }

    /** Asks the running {@code up} to start the instance again and waits until it is ready. */
    int start(String name) throws IOException, InterruptedException {
        Optional<ServiceDefinition> instance = instance(name);
        if (instance.isEmpty()) {
            return FAILED;
        }
        Optional<ProcessHandle> running = home.process(name);
        if (running.isPresent()) {
            console.println(name + " already runs (pid " + running.get().pid() + ")");
            return 0;
        }
        ProcessHandle platform = home.process(PlatformHome.PLATFORM).orElseThrow();
        new StartRequests(home.startRequests()).request(name);
        console.println("asked the platform (pid " + platform.pid() + ") to start " + name + "; waiting until it is ready ...");
        ReadinessProbe probe = new ReadinessProbe();
        long deadline = System.nanoTime() + RunningServices.READINESS_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (probe.ready(instance.get())) {
                console.println(name + " ready      " + instance.get().baseUrl());
                return 0;
            }
            if (exitsWithin(platform, POLL)) {
                console.println("the platform stopped before " + name + " was ready");
                return FAILED;
            }
        }
        console.println(name + " not ready after " + RunningServices.READINESS_TIMEOUT.toMinutes() + " minutes; see the platform's output");
        return FAILED;
    }

    /** The instance of the running platform named {@code name}; empty, with the reason printed, otherwise. */
    private Optional<ServiceDefinition> instance(String name) throws IOException {
        if (home.process(PlatformHome.PLATFORM).isEmpty()) {
            console.println("no platform runs from " + home.root() + ": ./platform up starts one");
            return Optional.empty();
        }
        List<ServiceDefinition> instances = home.instances();
        Optional<ServiceDefinition> instance = instances.stream().filter(i -> i.name().equals(name)).findFirst();
        if (instance.isEmpty()) {
            console.println("the platform runs no instance named " + name + "; it runs "
                    + String.join(", ", instances.stream().map(ServiceDefinition::name).toList()));
        }
        return instance;
    }

    private static boolean exitsWithin(ProcessHandle process, Duration wait) throws InterruptedException {
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
