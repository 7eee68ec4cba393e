package com.shop.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The CPU time the local platform's processes used over a phase, per process: every instance whose pid file
 * {@code ./platform up} keeps in {@code run/}, PostgreSQL's server with its backends, and this benchmark. It shows
 * where an order's cost goes; figures exist only where the operating system reports other processes' CPU time.
 */
final class PlatformCpu {

    private static final String PID_SUFFIX = ".pid";
    private static final String LAUNCHER = "platform";

    private final Path home;

    PlatformCpu(Path home) {
        this.home = home;
    }

    /** CPU time used so far by each of the platform's processes (PostgreSQL's added up), by name. */
    Map<String, Duration> sample() {
        Map<String, Duration> used = new LinkedHashMap<>();
        for (Map.Entry<String, Long> process : pids().entrySet()) {
            ProcessHandle.of(process.getValue()).flatMap(PlatformCpu::cpu).ifPresent(cpu -> used.put(process.getKey(), cpu));
        }
        postmaster().flatMap(ProcessHandle::of).ifPresent(server -> used.put("postgresql", cpu(server).orElse(Duration.ZERO)
                .plus(server.children().map(PlatformCpu::cpu).flatMap(Optional::stream).reduce(Duration.ZERO, Duration::plus))));
        cpu(ProcessHandle.current()).ifPresent(cpu -> used.put("this benchmark", cpu));
        return used;
    }

    /**
     * What each process used between two samples {@code wall} apart, most first, as one line per process in ms per
     * {@code unit}, after a line with the total and the share of the machine's cores it took.
     */
    static List<String> perUnit(Map<String, Duration> before, Map<String, Duration> after, Duration wall, int units, String unit) {
        Map<String, Duration> spent = new LinkedHashMap<>();
        after.forEach((name, cpu) -> {
            Duration earlier = before.get(name);
            if (earlier != null) {
                spent.put(name, cpu.minus(earlier));
            }
        });
        Duration total = spent.values().stream().reduce(Duration.ZERO, Duration::plus);
        List<String> lines = spent.entrySet().stream()
                .sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
                .map(e -> String.format("    %-24s %7.1f s  %6.2f ms per %s", e.getKey(), seconds(e.getValue()),
                        millisPer(e.getValue(), units), unit))
                .collect(Collectors.toList());
        int cores = Runtime.getRuntime().availableProcessors();
        lines.add(0, String.format("  CPU used: %.1f s in all (%.0f%% of %d cores over %.0f s), %.2f ms per %s", seconds(total),
                100 * seconds(total) / (cores * seconds(wall)), cores, seconds(wall), millisPer(total, units), unit));
        return lines;
    }

    private Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(home.resolve("run"), "*" + PID_SUFFIX)) {
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - PID_SUFFIX.length());
                readPid(file).ifPresent(pid -> pids.put(name, pid));
            }
        } catch (IOException e) {
            return Map.of();
        }
        if (pids.containsKey(LAUNCHER)) {
            pids.put("launcher and Kafka", pids.remove(LAUNCHER));
        }
        return pids;
    }

    /** PostgreSQL's server process: the first line of its {@code postmaster.pid}. */
    private Optional<Long> postmaster() {
        return readPid(home.resolve("data").resolve("postgres").resolve("postmaster.pid"));
    }

    private static Optional<Long> readPid(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> cpu(ProcessHandle process) {
        return process.info().totalCpuDuration();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static double millisPer(Duration duration, int units) {
        return units == 0 ? 0 : duration.toNanos() / 1e6 / units;
    }
}
