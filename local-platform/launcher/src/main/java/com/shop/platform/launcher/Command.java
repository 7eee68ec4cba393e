package com.shop.platform.launcher;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The subcommands of {@code ./platform}. */
public enum Command {
    UP, DOWN, STATUS, STOP, START, HELP;

    static Command named(String word) {
        return Arrays.stream(values())
                .filter(command -> command.word().equals(word))
                .findFirst()
                .orElseThrow(() -> new UsageException("unknown command '" + word + "': expected one of "
                        + Arrays.stream(values()).map(Command::word).collect(Collectors.joining(", "))));
    }

    /** Whether the command acts on one service instance named after it. */
    boolean takesInstance() {
        return this == STOP || this == START;
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
