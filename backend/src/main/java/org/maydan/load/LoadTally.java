package org.maydan.load;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the clients of one load run saw, kind by kind: response times of successful requests, and
 * the failures. Thread-safe: every client records into it.
 *
 * <p>An error is a 5xx answer, a failed connection or timeout, or a 4xx the request did not
 * deserve. Refusals the server is configured to make under load (429 over a rate limit, 503 when a
 * concurrency cap is full) are counted apart as {@code refused}: a run that is meant to measure
 * throughput sets the limits above the load.
 */
final class LoadTally {

    /** The figures of one kind. */
    static final class Kind {
        private final List<Long> nanos = new ArrayList<>();
        private long errors;
        private long refused;
        private final Map<String, AtomicLong> errorSamples = new ConcurrentHashMap<>();

        synchronized void ok(long elapsedNanos) {
            nanos.add(elapsedNanos);
        }

        synchronized void refused() {
            refused++;
        }

        synchronized void error(String what) {
            errors++;
            errorSamples.computeIfAbsent(what.length() > 120 ? what.substring(0, 120) : what, k -> new AtomicLong())
                    .incrementAndGet();
        }

        synchronized long ok() {
            return nanos.size();
        }

        synchronized long errors() {
            return errors;
        }

        synchronized long refusedCount() {
            return refused;
        }

        synchronized long[] times() {
            return nanos.stream().mapToLong(Long::longValue).toArray();
        }

        Map<String, AtomicLong> errorSamples() {
            return errorSamples;
        }
    }

    private final Map<LoadKind, Kind> kinds = new EnumMap<>(LoadKind.class);

    LoadTally() {
        for (LoadKind k : LoadKind.values()) {
            kinds.put(k, new Kind());
        }
    }

    Kind of(LoadKind kind) {
        return kinds.get(kind);
    }

    /** Response times of every successful request but the exports (they are not the load measured). */
    long[] allTimes() {
        return kinds.entrySet().stream().filter(e -> e.getKey() != LoadKind.EXPORT)
                .flatMapToLong(e -> java.util.Arrays.stream(e.getValue().times())).toArray();
    }

    long errors() {
        return kinds.values().stream().mapToLong(Kind::errors).sum();
    }

    long refused() {
        return kinds.values().stream().mapToLong(Kind::refusedCount).sum();
    }
}
