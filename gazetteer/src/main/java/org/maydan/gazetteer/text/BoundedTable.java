package org.maydan.gazetteer.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A thread-safe table of values by spelling that starts over when it holds {@link #capacity}
 * spellings, and empties itself on its next use after {@link #forgetAll}.
 */
final class BoundedTable<V> {

    private static final AtomicInteger GENERATION = new AtomicInteger();

    private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();
    private final int capacity;
    private volatile int generation = GENERATION.get();

    BoundedTable(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    /** The value for {@code key}, made by {@code make} on first use; the first value stored stays. */
    V get(String key, Function<String, V> make) {
        int now = GENERATION.get();
        if (now != generation) {
            values.clear();
            generation = now;
        }
        V value = values.get(key);
        if (value != null) {
            return value;
        }
        if (values.size() >= capacity) {
            values.clear();
        }
        value = make.apply(key);
        V earlier = values.putIfAbsent(key, value);
        return earlier != null ? earlier : value;
    }

    int size() {
        return values.size();
    }

    int capacity() {
        return capacity;
    }

    /** The count of {@link #forgetAll} calls so far: a cache of what the tables hold must start over when it changes. */
    static int generation() {
        return GENERATION.get();
    }

    /** Empties every table (each on its next use). */
    static void forgetAll() {
        GENERATION.incrementAndGet();
    }
}
