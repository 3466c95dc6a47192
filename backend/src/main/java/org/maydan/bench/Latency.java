package org.maydan.bench;

import java.util.Arrays;

/** Percentiles of repeated timings, in milliseconds, by the nearest-rank method. */
record Latency(double p50, double p95, int runs) {

    static Latency of(double[] millis) {
        if (millis.length == 0) {
            throw new IllegalArgumentException("no timings");
        }
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latency(nearestRank(sorted, 50), nearestRank(sorted, 95), sorted.length);
    }

    /** The nearest-rank percentile of unsorted timings. */
    static double percentile(double[] millis, int percentile) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return nearestRank(sorted, percentile);
    }

    private static double nearestRank(double[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    @Override
    public String toString() {
        return String.format("p50 %.1f ms  p95 %.1f ms  (%d runs)", p50, p95, runs);
    }
}
