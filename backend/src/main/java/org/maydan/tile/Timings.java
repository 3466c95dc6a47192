package org.maydan.tile;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/** Timings of a benchmark in milliseconds: nearest-rank median and 95th percentile. */
final class Timings {

    private static final double NANOS_PER_MILLI = 1e6;
    private static final int MEDIAN = 50;
    private static final int P95 = 95;

    private double[] millis = new double[16];
    private int size;

    /** Times one run of {@code work}, in milliseconds, and keeps it. */
    <T> T time(java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        add((System.nanoTime() - start) / NANOS_PER_MILLI);
        return result;
    }

    void add(double ms) {
        if (size == millis.length) {
            millis = Arrays.copyOf(millis, size * 2);
        }
        millis[size++] = ms;
    }

    int runs() {
        return size;
    }

    double median() {
        return percentile(MEDIAN);
    }

    double p95() {
        return percentile(P95);
    }

    private double percentile(int p) {
        if (size == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(millis, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(rank, 1) - 1];
    }

    /** Records median, p95 and runs under {@code name} in a report section. */
    void into(Map<String, Object> section, String name) {
        section.put(name + "_median_ms", round(median()));
        section.put(name + "_p95_ms", round(p95()));
        section.put(name + "_runs", size);
    }

    static double round(double ms) {
        return Math.round(ms * 100) / 100.0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "median %.1f ms  p95 %.1f ms  (%d runs)", median(), p95(), size);
    }
}
