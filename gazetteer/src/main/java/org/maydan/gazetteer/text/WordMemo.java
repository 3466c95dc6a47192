package org.maydan.gazetteer.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What a reader works out about a word spelling, kept across texts and threads. News follows
 * Zipf's law: most tokens of a fresh article are words met in earlier ones, so the walks and
 * lookups a reader does per distinct word of a text (see {@link Word#index}) are done once per
 * spelling instead. Values must depend on the spelling alone and be safe to share: immutable, or
 * filled in lazily with results that are the same whichever thread computes them.
 *
 * <p>Bounded: at {@link #capacity} spellings the memo starts over, so a stream of unseen tokens
 * (numbers, names, garbage) costs at most that much memory. {@link #forgetAll} empties every memo,
 * for benchmarks that measure a reader meeting each word for the first time.
 */
public final class WordMemo<V> {

    /** Spellings kept by default: a large news vocabulary, some tens of megabytes at most. */
    public static final int DEFAULT_CAPACITY = 100_000;

    private static final AtomicInteger GENERATION = new AtomicInteger();

    private final ConcurrentHashMap<String, V> values = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<String, V> compute;
    private volatile int generation = GENERATION.get();

    /** A memo of {@code compute}'s value per spelling, holding at most {@code capacity} spellings. */
    public WordMemo(int capacity, Function<String, V> compute) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.compute = compute;
    }

    /** A memo with the {@link #DEFAULT_CAPACITY}. */
    public WordMemo(Function<String, V> compute) {
        this(DEFAULT_CAPACITY, compute);
    }

    /** The value for {@code word}, computed on first use (by whichever thread asks first). */
    public V get(String word) {
        int now = GENERATION.get();
        if (now != generation) {
            values.clear();
            generation = now;
        }
        V value = values.get(word);
        if (value != null) {
            return value;
        }
        if (values.size() >= capacity) {
            values.clear();
        }
        value = compute.apply(word);
        V earlier = values.putIfAbsent(word, value);
        return earlier != null ? earlier : value;
    }

    /** How many spellings this memo holds now. */
    public int size() {
        return values.size();
    }

    /** The most spellings this memo holds before it starts over. */
    public int capacity() {
        return capacity;
    }

    /** Empties every memo of the process (each on its next use): for cold-vocabulary benchmarks. */
    public static void forgetAll() {
        GENERATION.incrementAndGet();
    }
}
