package org.maydan.gazetteer.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * What a reader works out about a word spelling, kept across texts and threads. News follows
 * Zipf's law: most tokens of a fresh article are words met in earlier ones, so the walks and
 * lookups a reader does per distinct word of a text (see {@link Word#index}) are done once per
 * spelling instead. Values must depend on the spelling alone and be safe to share: immutable, or
 * filled in lazily with results that are the same whichever thread computes them.
 *
 * <p>A memo of the default capacity keeps its values in a slot of each word's shared
 * {@link Spelling}, which the tokenizer looked up once per word of the text: reading it costs an
 * array access, not a hash lookup. A memo given a capacity, or made when all slots are taken, keeps
 * a table of its own. Either way it is bounded: at its capacity it starts over, so a stream of
 * unseen tokens (numbers, names, garbage) costs at most that much memory. {@link #forgetAll}
 * empties every memo, for benchmarks that measure a reader meeting each word for the first time.
 */
public final class WordMemo<V> {

    /** Spellings kept by default: a large news vocabulary, some tens of megabytes at most. */
    public static final int DEFAULT_CAPACITY = Spelling.CAPACITY;

    private static final AtomicInteger NEXT_SLOT = new AtomicInteger();
    private static final int OWN_TABLE = -1;
    /** Reads and sets a spelling's slots so that racing threads publish and keep one value. */
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Object[].class);

    private final BoundedTable<V> own;
    private final Function<String, V> compute;
    /** This memo's slot in every {@link Spelling}, or {@link #OWN_TABLE}. */
    private final int slot;

    /** A memo of {@code compute}'s value per spelling, holding at most {@code capacity} spellings in a table of its own. */
    public WordMemo(int capacity, Function<String, V> compute) {
        this(capacity, compute, OWN_TABLE);
    }

    /** A memo with the {@link #DEFAULT_CAPACITY}, kept in the spellings' slots while there are free ones. */
    public WordMemo(Function<String, V> compute) {
        this(DEFAULT_CAPACITY, compute, freeSlot());
    }

    private WordMemo(int capacity, Function<String, V> compute, int slot) {
        this.own = new BoundedTable<>(capacity);
        this.compute = compute;
        this.slot = slot;
    }

    private static int freeSlot() {
        int s = NEXT_SLOT.getAndIncrement();
        return s < Spelling.SLOTS ? s : OWN_TABLE;
    }

    /** The value for {@code word}'s spelling, computed on first use (by whichever thread asks first). */
    @SuppressWarnings("unchecked")
    public V get(Word word) {
        if (slot == OWN_TABLE) {
            return get(word.normalized());
        }
        Object[] slots = word.memoSlots();
        Object v = SLOT.getAcquire(slots, slot);
        if (v == null) {
            Object computed = compute.apply(word.normalized());
            Object witness = SLOT.compareAndExchangeRelease(slots, slot, null, computed);
            v = witness == null ? computed : witness;
        }
        return (V) v;
    }

    /** The value for {@code spelling} (normalized), computed on first use (by whichever thread asks first). */
    public V get(String spelling) {
        if (slot != OWN_TABLE) {
            return get(new Word(spelling, 0));
        }
        return own.get(spelling, compute);
    }

    /** How many spellings this memo's own table holds now (0 for a memo kept in the spellings' slots). */
    public int size() {
        return own.size();
    }

    /** The most spellings this memo holds before it starts over. */
    public int capacity() {
        return own.capacity();
    }

    /** Empties every memo of the process (each on its next use): for cold-vocabulary benchmarks. */
    public static void forgetAll() {
        BoundedTable.forgetAll();
    }
}
