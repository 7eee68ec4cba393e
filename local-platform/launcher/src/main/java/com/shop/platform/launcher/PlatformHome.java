package com.shop.platform.launcher;

import com.shop.platform.launcher.services.ServiceDefinition;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The folder where the local platform keeps its state: {@code data/} (Kafka's log and
 * PostgreSQL's cluster, kept across restarts), {@code cds/} (each service unpacked with its class data
 * archive, for a quicker start) and {@code run/} (pid files of a running platform, the instances it runs,
 * and {@code start-requests/} for {@code ./platform start}).
 */
public record PlatformHome(Path root) {

    static final String PLATFORM = "platform";
    private static final String PID_SUFFIX = ".pid";
    private static final String INSTANCES = "instances";

    public Path data() {
        return root.resolve("data");
    }

    public Path kafkaData() {
        return data().resolve("kafka");
    }

    public Path postgresData() {
        return data().resolve("postgres");
    }

    /** Each service's unpacked jar and class data archive (see {@link com.shop.platform.launcher.services.ClassDataSharing}). */
    public Path classData() {
        return root.resolve("cds");
    }

    public Path run() {
        return root.resolve("run");
    }

    /** Where {@code ./platform start} leaves a file named after the instance for the running {@code up} to start. */
    public Path startRequests() {
        return run().resolve("start-requests");
    }

    /** Records the service instances the running platform manages, one {@code name port} per line. */
    public void writeInstances(List<ServiceDefinition> instances) throws IOException {
        Files.createDirectories(run());
        Files.write(run().resolve(INSTANCES), instances.stream().map(i -> i.name() + " " + i.port()).toList());
    }

    /** The service instances the running platform manages; empty when none runs. */
    public List<ServiceDefinition> instances() throws IOException {
        Path file = run().resolve(INSTANCES);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream()
                .map(line -> line.split(" "))
                .map(fields -> new ServiceDefinition(fields[0], Integer.parseInt(fields[1]), Optional.empty()))
                .toList();
    }

    public void deleteInstances() throws IOException {
        Files.deleteIfExists(run().resolve(INSTANCES));
    }

    /** Deletes everything under {@code data/}. */
    public void wipeData() throws IOException {
        if (!Files.exists(data())) {
            return;
        }
        Files.walkFileTree(data(), new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Records that the process {@code name} (the platform itself or a service) runs as {@code pid}. */
    public void writePid(String name, long pid) throws IOException {
        Files.createDirectories(run());
        Files.writeString(pidFile(name), Long.toString(pid));
    }

    public void deletePid(String name) throws IOException {
        Files.deleteIfExists(pidFile(name));
    }

    /** The live JVM recorded for {@code name}, if its pid file names one that still runs. */
    public Optional<ProcessHandle> process(String name) {
        return live(pidFile(name), "java");
    }

    /** The names that have a pid file, the platform's own included. */
    public List<String> recordedNames() throws IOException {
        if (!Files.isDirectory(run())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(run())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(PID_SUFFIX))
                    .map(file -> file.substring(0, file.length() - PID_SUFFIX.length()))
                    .sorted()
                    .toList();
        }
    }

    /** The PostgreSQL server process recorded in the embedded cluster's {@code postmaster.pid}, if it still runs. */
    public Optional<ProcessHandle> postgresServer() {
        return live(postgresData().resolve("postmaster.pid"), "postgres");
    }

    private Path pidFile(String name) {
        return run().resolve(name + PID_SUFFIX);
    }

    /** The process whose pid {@code file} records, if it runs and its executable's name contains {@code program}. */
    private static Optional<ProcessHandle> live(Path file, String program) {
        return recordedPid(file)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command()
                        .map(command -> Path.of(command).getFileName().toString().contains(program))
                        .orElse(false));
    }

    private static Optional<Long> recordedPid(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().map(String::trim).map(Long::valueOf);
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
