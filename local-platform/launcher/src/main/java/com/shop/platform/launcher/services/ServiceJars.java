package com.shop.platform.launcher.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Finds a service's executable jar, {@code services/<name>/target/<name>-<version>.jar}, in the
 * repository: one whose manifest names a main class, so a half-built module is not started.
 */
public final class ServiceJars {

    private final Path repository;

    public ServiceJars(Path repository) {
        this.repository = repository;
    }

    public Path moduleDirectory(ServiceDefinition service) {
        return repository.resolve("services").resolve(service.name());
    }

    /** The newest built jar of {@code service}; empty when the module is absent or not built. */
    public Optional<Path> executableJar(ServiceDefinition service) {
        Path target = moduleDirectory(service).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> isServiceJarName(file.getFileName().toString(), service.name()))
                    .filter(ServiceJars::hasMainClass)
                    .max(Comparator.comparing(ServiceJars::lastModified));
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + target, e);
        }
    }

    static boolean isServiceJarName(String fileName, String serviceName) {
        return fileName.startsWith(serviceName + "-")
                && fileName.endsWith(".jar")
                && !fileName.endsWith("-sources.jar")
                && !fileName.endsWith("-javadoc.jar")
                && !fileName.endsWith("-tests.jar")
                && !fileName.endsWith("-plain.jar");
    }

    private static boolean hasMainClass(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS) != null;
        } catch (IOException notAJar) {
            return false;
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
