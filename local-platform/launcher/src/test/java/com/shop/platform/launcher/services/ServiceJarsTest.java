package com.shop.platform.launcher.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceJarsTest {

    private static final ServiceDefinition INVENTORY = new ServiceDefinition("inventory-service", 8083, Optional.of("inventory"));

    @TempDir
    Path repository;

    @Test
    void aServiceWithoutModuleOrBuildHasNoJar() throws Exception {
        ServiceJars jars = new ServiceJars(repository);
        assertThat(jars.executableJar(INVENTORY)).isEmpty();

        Files.createDirectories(repository.resolve("services/inventory-service/src"));
        assertThat(jars.executableJar(INVENTORY)).isEmpty();
    }

    @Test
    void theRepackagedJarIsChosenNotTheOriginalNorTheSources() throws Exception {
        Path target = Files.createDirectories(repository.resolve("services/inventory-service/target"));
        Path executable = jar(target.resolve("inventory-service-0.1.0-SNAPSHOT.jar"), true);
        jar(target.resolve("inventory-service-0.1.0-SNAPSHOT.jar.original"), true);
        jar(target.resolve("inventory-service-0.1.0-SNAPSHOT-sources.jar"), true);
        jar(target.resolve("inventory-tools-0.1.0-SNAPSHOT.jar"), true);

        assertThat(new ServiceJars(repository).executableJar(INVENTORY)).contains(executable);
    }

    @Test
    void aJarWithoutMainClassIsNotStarted() throws Exception {
        Path target = Files.createDirectories(repository.resolve("services/inventory-service/target"));
        jar(target.resolve("inventory-service-0.1.0-SNAPSHOT.jar"), false);

        assertThat(new ServiceJars(repository).executableJar(INVENTORY)).isEmpty();
    }

    @Test
    void theNewestBuildWinsWhenOldVersionsAreLeftInTarget() throws Exception {
        Path target = Files.createDirectories(repository.resolve("services/inventory-service/target"));
        Path old = jar(target.resolve("inventory-service-0.1.0.jar"), true);
        Path current = jar(target.resolve("inventory-service-0.2.0.jar"), true);
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        Files.setLastModifiedTime(current, FileTime.from(Instant.parse("2025-01-01T00:00:00Z")));

        assertThat(new ServiceJars(repository).executableJar(INVENTORY)).contains(current);
    }

    private static Path jar(Path file, boolean withMainClass) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (withMainClass) {
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.springframework.boot.loader.launch.JarLauncher");
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return file;
        }
    }
}
