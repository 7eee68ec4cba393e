package com.shop.platform.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The local admin account the user service creates on its first start: its credentials are printed on
 * the first {@code up} that finds them, and only pointed at afterwards.
 */
final class AdminCredentials {

    static final String FILE = "admin-credentials.txt";
    private static final String PRINTED_MARKER = "admin-credentials.printed";

    private final Path file;
    private final Path printed;

    AdminCredentials(Path home) {
        this.file = home.resolve(FILE);
        this.printed = home.resolve(PRINTED_MARKER);
    }

    void report(Consumer<String> say) throws IOException {
        if (!Files.isRegularFile(file)) {
            return;
        }
        if (Files.exists(printed) && Files.getLastModifiedTime(printed).compareTo(Files.getLastModifiedTime(file)) >= 0) {
            say.accept("admin      credentials in " + file + " (printed on the first start)");
            return;
        }
        say.accept("admin      the local admin account (shown this once; kept in " + file + "):");
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                say.accept("             " + line);
            }
        }
        Files.writeString(printed, "");
    }
}
