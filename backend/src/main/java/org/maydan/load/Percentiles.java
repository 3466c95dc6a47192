package org.maydan.load;

import java.util.Arrays;

/**
 * Percentiles of response times, in milliseconds, by the nearest-rank method.
 *
 * @param p50 the median
 * @param p95 the 95th percentile
 * @param p99 the 99th percentile
 * @param max the slowest
 */
record Percentiles(double p50, double p95, double p99, double max) {

    static final Percentiles NONE = new Percentiles(0, 0, 0, 0);

    /** The percentiles of {@code nanos}; {@link #NONE} when empty. */
    static Percentiles ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return NONE;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double rank(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }
}
