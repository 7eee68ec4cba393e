package com.shop.platform.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code ./platform down}: asks the running {@code up} to stop (SIGTERM, so it stops the services,
 * Kafka and PostgreSQL in order) and waits for it; then stops anything a killed platform left behind.
 */
final class DownCommand {

    /** Longer than an instance that writes its class data archive may take (RunningServices.RECORDING_STOP_GRACE). */
    private static final Duration PLATFORM_STOP_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration LEFTOVER_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final PlatformHome home;
    private final PrintStream console;

    DownCommand(LaunchSettings settings, PrintStream console) {
        this.home = settings.platformHome();
        this.console = console;
    }

    int run() throws IOException, InterruptedException {
        Optional<ProcessHandle> platform = home.process(PlatformHome.PLATFORM);
        if (platform.isPresent()) {
            console.println("stopping the platform (pid " + platform.get().pid() + ") ...");
            stop(platform.get(), PLATFORM_STOP_TIMEOUT);
        } else {
            console.println("no platform runs from " + home.root());
        }
        for (String name : home.recordedNames()) {
            Optional<ProcessHandle> leftover = home.process(name);
            if (leftover.isPresent()) {
                console.println("stopping " + name + " (pid " + leftover.get().pid() + "), left over from an earlier run");
                stop(leftover.get(), LEFTOVER_STOP_TIMEOUT);
            }
            home.deletePid(name);
        }
        home.deleteInstances();
        Optional<ProcessHandle> postgres = home.postgresServer();
        if (postgres.isPresent()) {
            console.println("stopping PostgreSQL (pid " + postgres.get().pid() + "), left over from an earlier run");
            stop(postgres.get(), LEFTOVER_STOP_TIMEOUT);
        }
        console.println(platform.isPresent() ? "platform stopped" : "nothing left running");
        return 0;
    }

    /** Sends SIGTERM and waits up to {@code timeout}; kills the process if it is still there. */
    private void stop(ProcessHandle process, Duration timeout) throws InterruptedException {
        process.destroy();
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            console.println("pid " + process.pid() + " did not stop within " + timeout.toSeconds() + "s; killing it");
            process.destroyForcibly();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
