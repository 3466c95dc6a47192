package org.maydan.fuzz;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The choices a {@link Gen} makes, as a sequence of non-negative numbers: drawn at random from a
 * seed and recorded, or replayed from a recorded sequence (to make a value again, or a simpler one
 * while shrinking). A replayed sequence that runs out goes on with zeros, and a choice of zero is
 * always the simplest one, so a shorter or smaller sequence makes a simpler value.
 */
public final class Choices {

    /** How finely {@link #chance} divides the unit interval. */
    private static final long CHANCE_STEPS = 1L << 30;

    private final @Nullable SplittableRandom random;
    private final long[] replay;
    private long[] drawn = new long[16];
    private int count;

    private Choices(@Nullable SplittableRandom random, long[] replay) {
        this.random = random;
        this.replay = replay;
    }

    /** Random choices from this seed, recorded. */
    public static Choices random(long seed) {
        return new Choices(new SplittableRandom(seed), new long[0]);
    }

    /** These choices again, then zeros. */
    public static Choices replay(long[] choices) {
        return new Choices(null, choices.clone());
    }

    /** A number in {@code [0, bound)}; 0 is the simplest. */
    public long below(long bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        if (random != null) {
            return record(random.nextLong(bound));
        }
        // A replayed choice may come from a wider draw (shrinking shifts choices): the largest fits.
        long replayed = replayed();
        return record(Long.compareUnsigned(replayed, bound) < 0 ? replayed : bound - 1);
    }

    /**
     * Any long, simplest near zero: the choice is the value zig-zag encoded (0, -1, 1, -2, 2, ...), so
     * that a smaller choice is a smaller magnitude.
     */
    public long anyLong() {
        long choice = record(random != null ? random.nextLong() : replayed());
        return (choice >>> 1) ^ -(choice & 1);
    }

    /** True with this probability; false is the simplest. */
    public boolean chance(double probability) {
        return below(CHANCE_STEPS) >= Math.round((1 - probability) * CHANCE_STEPS);
    }

    /** The choices made so far. */
    public long[] made() {
        return Arrays.copyOf(drawn, count);
    }

    private long replayed() {
        return count < replay.length ? replay[count] : 0;
    }

    private long record(long choice) {
        if (count == drawn.length) {
            drawn = Arrays.copyOf(drawn, count * 2);
        }
        drawn[count++] = choice;
        return choice;
    }
}
