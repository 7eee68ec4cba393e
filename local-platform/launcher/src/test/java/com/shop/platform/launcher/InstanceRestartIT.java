package com.shop.platform.launcher;

import com.shop.platform.launcher.services.PrefixedLog;
import com.shop.platform.launcher.services.ReadinessProbe;
import com.shop.platform.launcher.services.ServiceDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code ./platform stop} and {@code start} against a stand-in service that {@link RunningServices} runs as {@code up} does. */
class InstanceRestartIT {

    private static final String NAME = "inventory-service-2";

    @TempDir
    Path root;

    private final ByteArrayOutputStream commandOutput = new ByteArrayOutputStream();
    private final PrintStream commandConsole = new PrintStream(commandOutput, true, StandardCharsets.UTF_8);
    private final List<String> platformLines = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService upPoller = Executors.newSingleThreadScheduledExecutor();
    private RunningServices services;
    private Process platform;

    @AfterEach
    void stopEverything() throws InterruptedException {
        upPoller.shutdownNow();
        if (platform != null) {
            platform.destroy();
        }
        if (services != null) {
            services.stopAll(Duration.ofSeconds(10));
        }
    }

    @Test
    void aStoppedInstanceIsStartedAgainByTheRunningPlatformOnItsPort() throws Exception {
        PlatformHome home = new PlatformHome(root.resolve("home"));
        ServiceDefinition instance = new ServiceDefinition(NAME, freePort(), Optional.of("inventory"));
        Path jar = standInJar();
        ProcessBuilder platformProcess = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        platformProcess.environment().put("SERVER_PORT", Integer.toString(freePort()));
        platform = platformProcess.start();
        home.writePid(PlatformHome.PLATFORM, platform.pid());
        home.writeInstances(List.of(instance));
        services = new RunningServices(home, new PrintStream(OutputStream.nullOutputStream()), platformLines::add);
        services.start(new RunningServices.Launch(NAME, instance, jar, root,
                Map.of("SERVER_PORT", Integer.toString(instance.port())), PrefixedLog.plain(NAME)));
        await().atMost(Duration.ofSeconds(30)).until(() -> new ReadinessProbe().ready(instance));
        long firstPid = home.process(NAME).orElseThrow().pid();
        InstanceCommand command = new InstanceCommand(home, commandConsole);

        assertThat(command.stop(NAME)).isZero();

        assertThat(ProcessHandle.of(firstPid).filter(ProcessHandle::isAlive)).isEmpty();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(home.process(NAME)).isEmpty();
            assertThat(platformLines).anyMatch(line -> line.startsWith(NAME + " exited with code"));
        });
        assertThat(new ReadinessProbe().ready(instance)).isFalse();

        StartRequests requests = new StartRequests(home.startRequests());
        upPoller.scheduleWithFixedDelay(() -> {
            try {
                services.startRequested(requests.take());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, 0, 100, TimeUnit.MILLISECONDS);

        assertThat(command.start(NAME)).isZero();

        assertThat(new ReadinessProbe().ready(instance)).isTrue();
        assertThat(home.process(NAME)).map(ProcessHandle::pid).isPresent().get().isNotEqualTo(firstPid);
        assertThat(commandOutput.toString(StandardCharsets.UTF_8)).contains(NAME + " ready      " + instance.baseUrl());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(platformLines)
                .anyMatch(line -> line.contains(NAME) && line.contains("ready      API " + instance.baseUrl())));
        assertThat(command.start(NAME)).isZero();
        assertThat(commandOutput.toString(StandardCharsets.UTF_8)).contains(NAME + " already runs");
    }

    @Test
    void anInstanceThePlatformDoesNotRunIsNeitherStoppedNorStarted() throws Exception {
        PlatformHome home = new PlatformHome(root);
        home.writePid(PlatformHome.PLATFORM, ProcessHandle.current().pid());
        home.writeInstances(List.of(new ServiceDefinition("inventory-service", 8083, Optional.empty())));
        InstanceCommand command = new InstanceCommand(home, commandConsole);

        assertThat(command.stop("inventory-service-7")).isEqualTo(InstanceCommand.FAILED);
        assertThat(command.start("inventory-service-7")).isEqualTo(InstanceCommand.FAILED);

        assertThat(commandOutput.toString(StandardCharsets.UTF_8))
                .contains("the platform runs no instance named inventory-service-7; it runs inventory-service");
        assertThat(new StartRequests(home.startRequests()).take()).isEmpty();
    }

    @Test
    void withoutARunningPlatformNothingIsStarted() throws Exception {
        InstanceCommand command = new InstanceCommand(new PlatformHome(root), commandConsole);

        assertThat(command.start("inventory-service")).isEqualTo(InstanceCommand.FAILED);

        assertThat(commandOutput.toString(StandardCharsets.UTF_8)).contains("no platform runs from " + root);
    }

    /** A jar whose main class is {@link StandInService}, copied from the test classes. */
    private Path standInJar() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, StandInService.class.getName());
        String entry = StandInService.class.getName().replace('.', '/') + ".class";
        Path jar = root.resolve("stand-in.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             InputStream classFile = StandInService.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
