package com.shop.platform.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformHomeTest {

    @TempDir
    Path root;

    @Test
    void aPidFileFindsItsProcessUntilItIsDeleted() throws Exception {
        PlatformHome home = new PlatformHome(root);
        long self = ProcessHandle.current().pid();

        home.writePid("inventory-service", self);

        assertThat(home.process("inventory-service")).map(ProcessHandle::pid).contains(self);
        assertThat(home.recordedNames()).containsExactly("inventory-service");
        home.deletePid("inventory-service");
        assertThat(home.process("inventory-service")).isEmpty();
        assertThat(home.recordedNames()).isEmpty();
    }

    @Test
    void aPidFileOfAFinishedProcessFindsNothing() throws Exception {
        PlatformHome home = new PlatformHome(root);
        Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        finished.waitFor();

        home.writePid(PlatformHome.PLATFORM, finished.pid());

        assertThat(home.process(PlatformHome.PLATFORM)).isEmpty();
    }

    @Test
    void wipingDataKeepsTheRunFolder() throws Exception {
        PlatformHome home = new PlatformHome(root);
        Files.createDirectories(home.kafkaData().resolve("orders.events-0"));
        Files.writeString(home.kafkaData().resolve("orders.events-0/00000000000000000000.log"), "records");
        Files.createDirectories(home.postgresData());
        home.writePid(PlatformHome.PLATFORM, 1);

        home.wipeData();

        assertThat(home.data()).doesNotExist();
        assertThat(home.run().resolve("platform.pid")).exists();
    }
}
