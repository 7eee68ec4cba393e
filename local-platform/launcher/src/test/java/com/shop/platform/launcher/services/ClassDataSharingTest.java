package com.shop.platform.launcher.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class ClassDataSharingTest {

    private static final int STOPPED = 143;
    private static final int KILLED = 137;
    private static final int CRASHED = 134;

    @TempDir
    Path root;

    private final List<Path> unpacked = new ArrayList<>();

    @Test
    void theFirstStartRecordsTheArchiveWhichLaterStartsUseOnceItsJvmStoppedCleanly() throws Exception {
        Path jar = bootJar("inventory-service.jar", 1);
        ClassDataSharing sharing = sharing();

        ClassDataSharing.Start first = sharing.start("inventory-service", jar, true);
        Path recording = first.recording().orElseThrow();
        Path application = application(first);
        Files.writeString(recording, "archive written at exit");
        sharing.recorded(recording, STOPPED);
        ClassDataSharing.Start second = sharing.start("inventory-service", jar, true);

        assertThat(first.arguments()).containsExactly("-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds*=error",
                "-XX:TieredStopAtLevel=1", "-jar", application.toString());
        assertThat(application).isRegularFile().hasFileName("inventory-service.jar").isNotEqualTo(jar);
        Path archive = recording.resolveSibling("classes.jsa");
        assertThat(second.arguments()).containsExactly("-XX:SharedArchiveFile=" + archive, "-jar", application.toString());
        assertThat(second.recording()).isEmpty();
        assertThat(archive).hasContent("archive written at exit");
        assertThat(unpacked).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {KILLED, CRASHED})
    void aRecordingCutShortByAKillOrACrashIsDroppedAndRecordedAgain(int exitCode) throws Exception {
        Path jar = bootJar("payment-service.jar", 1);
        ClassDataSharing sharing = sharing();
        Path recording = sharing.start("payment-service", jar, true).recording().orElseThrow();
        Files.writeString(recording, "half an archive");

        sharing.recorded(recording, exitCode);

        assertThat(recording).doesNotExist();
        assertThat(recording.resolveSibling("classes.jsa")).doesNotExist();
        assertThat(sharing.start("payment-service", jar, true).arguments().get(0)).startsWith("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void aFurtherInstanceUsesTheUnpackedJarButRecordsNothing() throws Exception {
        Path jar = bootJar("order-service.jar", 1);

        ClassDataSharing.Start replica = sharing().start("order-service", jar, false);

        assertThat(replica.recording()).isEmpty();
        assertThat(replica.arguments()).hasSize(2).first().isEqualTo("-jar");
        assertThat(replica.arguments().get(1)).isNotEqualTo(jar.toString()).endsWith("order-service.jar");
    }

    @Test
    void aRebuiltJarIsUnpackedAfreshAndTheEarlierBuildIsPrunedBeforeTheNextUp() throws Exception {
        Path jar = bootJar("user-service.jar", 1);
        ClassDataSharing sharing = sharing();
        Path oldApplication = application(sharing.start("user-service", jar, true));

        bootJar("user-service.jar", 2);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        ClassDataSharing.Start rebuilt = sharing.start("user-service", jar, true);
        assertThat(oldApplication).as("an instance of the earlier build may still run from it").exists();
        sharing.pruneOtherThan("user-service", jar);

        assertThat(rebuilt.arguments().get(0)).startsWith("-XX:ArchiveClassesAtExit=");
        assertThat(application(rebuilt)).isRegularFile().hasSameBinaryContentAs(jar);
        assertThat(oldApplication).doesNotExist();
        assertThat(unpacked).hasSize(2);
    }

    @Test
    void aJarThatIsNoSpringBootJarOrCannotBeUnpackedRunsAsItIs() throws Exception {
        Path plain = Files.writeString(Files.createDirectories(root.resolve("target")).resolve("stand-in.jar"), "not a jar");
        Path boot = bootJar("gateway.jar", 1);
        ClassDataSharing failing = new ClassDataSharing(root.resolve("cds"), (source, destination) -> false);

        assertThat(sharing().start("stand-in", plain, true).arguments()).containsExactly("-jar", plain.toString());
        assertThat(unpacked).isEmpty();
        assertThat(failing.start("gateway", boot, true).arguments()).containsExactly("-jar", boot.toString());
    }

    private ClassDataSharing sharing() {
        return new ClassDataSharing(root.resolve("cds"), this::unpack);
    }

    private boolean unpack(Path jar, Path destination) throws IOException {
        Files.createDirectories(destination.resolve("lib"));
        Files.copy(jar, destination.resolve(jar.getFileName()));
        unpacked.add(destination);
        return true;
    }

    /** A jar whose manifest says Spring Boot built it; {@code build} changes its content. */
    private Path bootJar(String name, int build) throws IOException {
        Path jar = Files.createDirectories(root.resolve("target")).resolve(name);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Spring-Boot-Version", "3.5.10");
        manifest.getMainAttributes().putValue("Build", Integer.toString(build));
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }

    /** The jar a start runs: the last argument. */
    private static Path application(ClassDataSharing.Start start) {
        return Path.of(start.arguments().get(start.arguments().size() - 1));
    }
}
