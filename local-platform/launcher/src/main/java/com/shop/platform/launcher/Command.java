package com.shop.platform.launcher;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The subcommands of {@code ./platform}. */
public enum Command {
    UP, DOWN, STATUS, HELP;

    static Command named(String word) {
        return Arrays.stream(values())
                .filter(command -> command.word().equals(word))
                .findFirst()
                .orElseThrow(() -> new UsageException("unknown command '" + word + "': expected one of "
                        + Arrays.stream(values()).map(Command::word).collect(Collectors.joining(", "))));
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
