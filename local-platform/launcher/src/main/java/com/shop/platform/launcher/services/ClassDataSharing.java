package com.shop.platform.launcher.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts services with a class data archive (AppCDS): the JVM maps the classes a service loaded last time
 * instead of reading, parsing and verifying them again, which halves a service's start-up. The JVM archives
 * classes only from plain jars, so each service's jar is unpacked once under {@code <root>/<service>/<jar stamp>};
 * a service's first instance records the archive as it stops, and later starts use it. A rebuilt jar has a new
 * stamp and is unpacked and recorded afresh; without an archive, or if unpacking fails, a start is only slower.
 */
public final class ClassDataSharing {

    /** Unpacks a Spring Boot jar into a directory of plain jars. */
    @FunctionalInterface
    public interface Unpacker {
        boolean unpack(Path jar, Path destination) throws IOException, InterruptedException;
    }

    private static final String ARCHIVE = "classes.jsa";
    private static final String APPLICATION = "app";
    private static final Duration UNPACK_TIMEOUT = Duration.ofMinutes(2);

    private final Path root;
    private final Unpacker unpacker;

    public ClassDataSharing(Path root, Unpacker unpacker) {
        this.root = root;
        this.unpacker = unpacker;
    }

    /** With Spring Boot's own unpacking ({@code java -Djarmode=tools -jar <jar> extract}). */
    public static ClassDataSharing under(Path root) {
        return new ClassDataSharing(root, ClassDataSharing::extract);
    }

    /**
     * The JVM arguments that run {@code jar} of {@code service}: its unpacked copy with the archive when there is
     * one, recording it on this run's exit when there is none and {@code record} is set; else the jar as it is.
     */
    public List<String> arguments(String service, Path jar, boolean record) throws IOException, InterruptedException {
        Path stamped = root.resolve(service).resolve(stamp(jar));
        Path application = stamped.resolve(APPLICATION).resolve(jar.getFileName());
        if (!Files.isRegularFile(application) && !unpack(service, jar, stamped)) {
            return List.of("-jar", jar.toString());
        }
        Path archive = stamped.resolve(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-jar", application.toString());
        }
        if (record) {
            return List.of("-XX:ArchiveClassesAtExit=" + archive, "-jar", application.toString());
        }
        return List.of("-jar", application.toString());
    }

    private boolean unpack(String service, Path jar, Path stamped) throws IOException, InterruptedException {
        deleteTree(root.resolve(service));
        Path partial = stamped.resolve(APPLICATION + ".partial");
        Files.createDirectories(stamped);
        if (!unpacker.unpack(jar, partial)) {
            deleteTree(stamped);
            return false;
        }
        Files.move(partial, stamped.resolve(APPLICATION));
        return true;
    }

    private static String stamp(Path jar) throws IOException {
        FileTime modified = Files.getLastModifiedTime(jar);
        return modified.toMillis() + "-" + Files.size(jar);
    }

    private static boolean extract(Path jar, Path destination) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(ServiceProcess.java(), "-Djarmode=tools", "-jar", jar.toString(),
                "extract", "--destination", destination.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!process.waitFor(UNPACK_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
