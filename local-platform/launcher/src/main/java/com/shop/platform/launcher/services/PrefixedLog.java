package com.shop.platform.launcher.services;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Marks every line a process writes with the process's name, {@code [inventory-service] ...}, so
 * that the interleaved output of all services stays readable; the name is coloured on a terminal.
 */
public final class PrefixedLog {

    private static final String RESET = "\u001B[0m";
    private static final int[] COLOURS = {36, 33, 32, 35, 34, 31, 96, 93, 92, 95};

    private final String prefix;

    private PrefixedLog(String prefix) {
        this.prefix = prefix;
    }

    public static PrefixedLog plain(String name) {
        return new PrefixedLog("[" + name + "] ");
    }

    /** A prefix in the {@code index}-th colour of a small palette, so neighbouring services differ. */
    public static PrefixedLog coloured(String name, int index) {
        int colour = COLOURS[Math.floorMod(index, COLOURS.length)];
        return new PrefixedLog("\u001B[" + colour + "m[" + name + "]" + RESET + " ");
    }

    public String apply(String line) {
        return prefix + line;
    }

    /** Copies {@code output} line by line to {@code console}, prefixed, until the stream ends. */
    public void copy(InputStream output, PrintStream console) throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                console.println(apply(line));
            }
        }
    }
}
