package com.shop.platform.launcher.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataSharingTest {

    @TempDir
    Path root;

    private final List<Path> unpacked = new ArrayList<>();

    @Test
    void theFirstStartRecordsTheArchiveAndLaterStartsUseIt() throws Exception {
        Path jar = jar("inventory-service.jar", "v1");
        ClassDataSharing sharing = new ClassDataSharing(root.resolve("cds"), this::unpack);

        List<String> first = sharing.arguments("inventory-service", jar, true);
        Path application = Path.of(first.get(2));
        Path archive = Path.of(first.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(archive, "recorded at exit");
        List<String> second = sharing.arguments("inventory-service", jar, true);

        assertThat(first.get(0)).startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(first.subList(1, 3)).containsExactly("-jar", application.toString());
        assertThat(application).isRegularFile().hasFileName("inventory-service.jar").isNotEqualTo(jar);
        assertThat(second).containsExactly("-XX:SharedArchiveFile=" + archive, "-jar", application.toString());
        assertThat(unpacked).hasSize(1);
    }

    @Test
    void aFurtherInstanceUsesTheUnpackedJarButRecordsNothing() throws Exception {
        Path jar = jar("order-service.jar", "v1");
        ClassDataSharing sharing = new ClassDataSharing(root.resolve("cds"), this::unpack);

        List<String> replica = sharing.arguments("order-service", jar, false);

        assertThat(replica).hasSize(2).first().isEqualTo("-jar");
        assertThat(replica.get(1)).isNotEqualTo(jar.toString()).endsWith("order-service.jar");
    }

    @Test
    void aRebuiltJarIsUnpackedAndRecordedAfreshAndTheOldCopyRemoved() throws Exception {
        Path jar = jar("user-service.jar", "v1");
        ClassDataSharing sharing = new ClassDataSharing(root.resolve("cds"), this::unpack);
        Path oldApplication = Path.of(sharing.arguments("user-service", jar, true).get(2));
        Files.writeString(oldApplication.resolveSibling("../classes.jsa").normalize(), "old archive");

        Files.writeString(jar, "v2, a little longer");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        List<String> rebuilt = sharing.arguments("user-service", jar, true);

        assertThat(rebuilt.get(0)).startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(Path.of(rebuilt.get(2))).isRegularFile().hasContent("v2, a little longer");
        assertThat(oldApplication).doesNotExist();
        assertThat(unpacked).hasSize(2);
    }

    @Test
    void aJarThatCannotBeUnpackedRunsAsItIs() throws Exception {
        Path jar = jar("gateway.jar", "not a Spring Boot jar");
        ClassDataSharing sharing = new ClassDataSharing(root.resolve("cds"), (source, destination) -> false);

        assertThat(sharing.arguments("gateway", jar, true)).containsExactly("-jar", jar.toString());
        assertThat(root.resolve("cds").resolve("gateway")).isEmptyDirectory();
    }

    private boolean unpack(Path jar, Path destination) throws IOException {
        Files.createDirectories(destination.resolve("lib"));
        Files.copy(jar, destination.resolve(jar.getFileName()));
        unpacked.add(destination);
        return true;
    }

    private Path jar(String name, String content) throws IOException {
        Path jar = Files.createDirectories(root.resolve("target")).resolve(name);
        Files.writeString(jar, content);
        return jar;
    }
}
