package com.shop.bench;

import java.util.Arrays;

/** Collected latencies in nanoseconds and their percentiles. */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    synchronized int count() {
        return count;
    }

    synchronized String summary() {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return "p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d samples)".formatted(
                millis(sorted, 0.50), millis(sorted, 0.99), count == 0 ? 0.0 : sorted[count - 1] / 1e6, count);
    }

    synchronized double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return millis(sorted, p);
    }

    private static double millis(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
