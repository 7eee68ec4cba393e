package com.shop.platform.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * How {@code ./platform start <instance>} reaches the running {@code up}: one empty file per request, named
 * after the instance, that {@code up} takes every second. {@code up} holds each instance's environment and
 * output, so the restarted instance runs exactly as before and is stopped with the rest.
 */
final class StartRequests {

    private final Path folder;

    StartRequests(Path folder) {
        this.folder = folder;
    }

    void request(String instance) throws IOException {
        if (!instance.matches("[a-z0-9-]+")) {
            throw new UsageException("'" + instance + "' is not an instance name such as inventory-service-2");
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(instance), "");
    }

    /** The instances asked for since the last call, each request removed as it is taken. */
    List<String> take() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> taken = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                if (Files.deleteIfExists(file)) {
                    taken.add(file.getFileName().toString());
                }
            }
        }
        return taken;
    }

    boolean pending(String instance) {
        return Files.exists(folder.resolve(instance));
    }
}
