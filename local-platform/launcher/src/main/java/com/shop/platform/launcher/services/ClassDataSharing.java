package com.shop.platform.launcher.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Starts services with a class data archive (AppCDS): the JVM maps the classes a service loaded last time
 * instead of reading, parsing and verifying them again, which halves a service's start-up. The JVM archives
 * classes only from plain jars, so each Spring Boot jar is unpacked once under {@code <root>/<service>/<stamp>}
 * (the stamp names the jar's build and the JDK). A service's first instance records the archive as it stops;
 * the recording is kept only if that JVM stopped cleanly, and later starts use it. Without an archive a start
 * is only slower. The recording JVM compiles with C1 alone: recording made C2's compilations take twice as long, and
 * a service's first start, measured alone, 40 s of CPU instead of 17 (the instance runs C1's code until its next start).
 */
public final class ClassDataSharing {

    /** Unpacks a Spring Boot jar into a directory of plain jars. */
    @FunctionalInterface
    public interface Unpacker {
        boolean unpack(Path jar, Path destination) throws IOException, InterruptedException;
    }

    /** How to start a service: its JVM arguments, and the file the JVM records the archive into, if it does. */
    public record Start(List<String> arguments, Optional<Path> recording) {
    }

    private static final String ARCHIVE = "classes.jsa";
    private static final String RECORDING = "classes.recording.jsa";
    private static final String APPLICATION = "app";
    /**
     * Recording warns about every class it leaves out (compiled for Java 5 or older, failing verification against an
     * optional dependency that is absent), a thousand lines on the console as the services stop; none matters.
     */
    private static final String QUIET_RECORDING = "-Xlog:cds*=error";
    /** Only the quick compiler (C1) while recording; the archive holds classes, not compiled code, so it loses nothing. */
    private static final String QUICK_COMPILER_ONLY = "-XX:TieredStopAtLevel=1";
    /**
     * What a JVM exits with when it wrote its whole archive: it ended on its own, or stopped on SIGTERM or SIGINT; one
     * killed (137) or crashed (134, 139) wrote part of it, or none.
     */
    private static final Set<Integer> CLEAN_EXITS = Set.of(0, 130, 143);

    private final Path root;
    private final Unpacker unpacker;

    public ClassDataSharing(Path root, Unpacker unpacker) {
        this.root = root;
        this.unpacker = unpacker;
    }

    /** Unpacking each jar as Spring Boot's {@code extract} does (see {@link SpringBootJarUnpacker}). */
    public static ClassDataSharing under(Path root) {
        return new ClassDataSharing(root, SpringBootJarUnpacker::unpack);
    }

    /**
     * How to start {@code jar} of {@code service}: its unpacked copy with the archive when there is one,
     * recording it when there is none and {@code record} is set; the jar as it is when it is no Spring Boot jar.
     */
    public synchronized Start start(String service, Path jar, boolean record) throws IOException, InterruptedException {
        Start plain = new Start(List.of("-jar", jar.toString()), Optional.empty());
        if (!isSpringBootJar(jar)) {
            return plain;
        }
        Path stamped = root.resolve(service).resolve(stamp(jar));
        Path application = stamped.resolve(APPLICATION).resolve(jar.getFileName());
        if (!Files.isRegularFile(application) && !unpack(jar, stamped)) {
            return plain;
        }
        Path archive = stamped.resolve(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            return new Start(List.of("-XX:SharedArchiveFile=" + archive, "-jar", application.toString()), Optional.empty());
        }
        if (record) {
            Path recording = stamped.resolve(RECORDING);
            return new Start(List.of("-XX:ArchiveClassesAtExit=" + recording, QUIET_RECORDING, QUICK_COMPILER_ONLY, "-jar",
                    application.toString()),
                    Optional.of(recording));
        }
        return new Start(List.of("-jar", application.toString()), Optional.empty());
    }

    /** Keeps what a JVM that ended with {@code exitCode} recorded, if it stopped cleanly. */
    public synchronized void recorded(Path recording, int exitCode) throws IOException {
        if (CLEAN_EXITS.contains(exitCode) && Files.isRegularFile(recording) && Files.size(recording) > 0) {
            Files.move(recording, recording.resolveSibling(ARCHIVE), StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(recording);
        }
    }

    /** Removes the unpacked copies of {@code service} other than {@code jar}'s; call it while none of its instances runs. */
    public synchronized void pruneOtherThan(String service, Path jar) throws IOException {
        Path directory = root.resolve(service);
        if (!Files.isDirectory(directory)) {
            return;
        }
        String current = stamp(jar);
        try (Stream<Path> stamps = Files.list(directory)) {
            for (Path stamped : stamps.filter(path -> !path.getFileName().toString().equals(current)).toList()) {
                deleteTree(stamped);
            }
        }
    }

    private boolean unpack(Path jar, Path stamped) throws IOException, InterruptedException {
        Path partial = stamped.resolve(APPLICATION + ".partial");
        deleteTree(partial);
        Files.createDirectories(stamped);
        if (!unpacker.unpack(jar, partial)) {
            deleteTree(partial);
            return false;
        }
        Files.move(partial, stamped.resolve(APPLICATION));
        return true;
    }

    private static boolean isSpringBootJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Spring-Boot-Version") != null;
        } catch (IOException notAJar) {
            return false;
        }
    }

    private static String stamp(Path jar) throws IOException {
        String jdk = (Runtime.version() + "-" + Integer.toHexString(System.getProperty("java.home").hashCode()))
                .replaceAll("[^A-Za-z0-9.-]", "_");
        return Files.getLastModifiedTime(jar).toMillis() + "-" + Files.size(jar) + "-" + jdk;
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
