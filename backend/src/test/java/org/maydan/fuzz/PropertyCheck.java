package org.maydan.fuzz;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Checks a property of generated values: tries it on many values made from a seed, stops at the
 * first failure, shrinks it to a simpler failing value, and reports both with what it takes to run
 * the failing case again. Deterministic: the seed is fixed unless the system property
 * {@value #SEED_PROPERTY} names another, and try {@code i} uses the seed {@code seed + i * stride}
 * so that one failing case runs alone with that seed and {@code -D}{@value #TRIES_PROPERTY}{@code =1}.
 *
 * @param <T> the generated values
 */
public final class PropertyCheck<T> {

    /** System property naming the seed of every property in a run. */
    public static final String SEED_PROPERTY = "maydan.fuzz.seed";
    /** System property overriding how many values every property tries. */
    public static final String TRIES_PROPERTY = "maydan.fuzz.tries";
    /** The seed when none is named: any fixed number keeps runs alike. */
    public static final long DEFAULT_SEED = 20_190_506L;
    /** At most this many runs of the property while shrinking a failure. */
    static final int SHRINK_RUNS = 200;
    /** At most this many candidate values made while shrinking (most are not smaller, or pass). */
    static final int SHRINK_CANDIDATES = 5_000;
    /** Distance between the seeds of consecutive tries: large and odd, so runs of nearby seeds do not overlap. */
    /** Packages whose stack frames do not say where a failure comes from. */
    private static final List<String> LIBRARY_PACKAGES = List.of("java.", "jdk.", "sun.", "org.assertj.",
            "org.opentest4j.", "org.junit.");
    private static final long CASE_STRIDE = 0xD1B5_4A32_D192_ED03L;

    private final Gen<T> generator;
    private final Function<? super T, String> describe;

    private PropertyCheck(Gen<T> generator, Function<? super T, String> describe) {
        this.generator = generator;
        this.describe = describe;
    }

    /** Values of this generator, shown in reports as {@code describe} puts them: the exact input, to send again. */
    public static <T> PropertyCheck<T> forAll(Gen<T> generator, Function<? super T, String> describe) {
        return new PropertyCheck<>(generator, describe);
    }

    /** A property of a value: returns if it holds, throws (an assertion or any exception) if not. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T value) throws Exception;
    }

    /** The seed and the number of tries of a run. */
    public record Settings(long seed, int tries) {

        /** The seed and tries named by system properties, else the default seed and these tries. */
        public static Settings fromSystemProperties(int defaultTries) {
            return new Settings(Long.decode(System.getProperty(SEED_PROPERTY, String.valueOf(DEFAULT_SEED))),
                    Integer.parseInt(System.getProperty(TRIES_PROPERTY, String.valueOf(defaultTries))));
        }

        long caseSeed(int attempt) {
            return seed + attempt * CASE_STRIDE;
        }
    }

    /**
     * What a run found: how many values it tried and how many failed (0 or 1: it stops at the first
     * failure), how many more runs shrinking took, and the report of the failure.
     */
    public record Outcome(int tried, int failed, int shrinkRuns, Optional<String> report, Optional<Throwable> cause) {

        /** Throws the report of the failure, if any, with the first failure as its cause. */
        public void assertPassed() {
            if (report.isPresent()) {
                throw new AssertionError(report.get(), cause.orElse(null));
            }
        }
    }

    /**
     * The text with controls, bidi marks and other format characters, lone surrogates, private-use and
     * unassigned code points (and the backslash, so that the result reads one way) as Java escapes: for
     * describing inputs exactly in reports.
     */
    public static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            int type = Character.getType(c);
            boolean hidden = type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || c == '\\';
            shown.append(hidden ? String.format("\\u%04X", c) : String.valueOf((char) c));
        });
        return shown.toString();
    }

    /** Tries the property on {@code settings.tries()} values. */
    public Outcome check(String name, Settings settings, Property<? super T> property) {
        for (int attempt = 0; attempt < settings.tries(); attempt++) {
            long caseSeed = settings.caseSeed(attempt);
            Choices choices = Choices.random(caseSeed);
            T value;
            try {
                value = generator.generate(choices);
            } catch (Gen.Rejected e) {
                throw new IllegalStateException(name + ": the generator made no value from seed " + caseSeed, e);
            }
            Optional<Throwable> failure = failure(property, value);
            if (failure.isPresent()) {
                Case<T> first = new Case<>(choices.made(), value, failure.get());
                Shrinking<T> shrunk = shrink(first, property);
                String report = report(name, settings, attempt, caseSeed, first, shrunk);
                return new Outcome(attempt + 1, 1, shrunk.runs(), Optional.of(report), failure);
            }
        }
        return new Outcome(settings.tries(), 0, 0, Optional.empty(), Optional.empty());
    }

    /** A failing value with the choices that made it and how it failed. */
    private record Case<T>(long[] choices, T value, Throwable failure) {}

    /** The simplest failing case found, after this many runs of the property. */
    private record Shrinking<T>(Case<T> simplest, int runs) {}

    private static <T> Optional<Throwable> failure(Property<? super T> property, T value) {
        try {
            property.check(value);
            return Optional.empty();
        } catch (Exception | AssertionError e) {
            return Optional.of(e);
        }
    }

    /**
     * Replays simpler choices (some deleted, one made smaller) and keeps any that still make a value
     * failing the same way (the same {@link #origin}), until none does or the budget is spent. Each kept
     * sequence is shorter or, as long, smaller at its first difference, so shrinking ends. A failure of
     * another kind is not kept: after a first failure that changed shared state (the store), every
     * value would fail a check of that state, and the simplest of those says nothing about the first.
     */
    private Shrinking<T> shrink(Case<T> failing, Property<? super T> property) {
        Case<T> simplest = failing;
        int runs = 0;
        int candidates = 0;
        boolean smaller = true;
        while (smaller && runs < SHRINK_RUNS && candidates < SHRINK_CANDIDATES) {
            smaller = false;
            Iterator<long[]> simpler = simpler(simplest.choices()).iterator();
            while (!smaller && simpler.hasNext() && runs < SHRINK_RUNS && candidates < SHRINK_CANDIDATES) {
                candidates++;
                Choices choices = Choices.replay(simpler.next());
                T value;
                try {
                    value = generator.generate(choices);
                } catch (Gen.Rejected e) {
                    continue;
                }
                if (shortlex(choices.made(), simplest.choices()) >= 0) {
                    continue;
                }
                runs++;
                Optional<Throwable> failure = failure(property, value);
                if (failure.isPresent() && origin(failure.get()).equals(origin(failing.failure()))) {
                    simplest = new Case<>(choices.made(), value, failure.get());
                    smaller = true;
                }
            }
        }
        return new Shrinking<>(simplest, runs);
    }

    /**
     * Where a failure comes from: its type and the first frame of the stack outside the JDK and the
     * test libraries, i.e. the line of the property (or of the code it calls) that threw.
     */
    static String origin(Throwable failure) {
        return failure.getClass().getName() + " at " + Arrays.stream(failure.getStackTrace())
                .filter(frame -> LIBRARY_PACKAGES.stream().noneMatch(frame.getClassName()::startsWith))
                .findFirst().map(StackTraceElement::toString).orElse("?");
    }

    /** Simpler sequences: chunks deleted (large ones first, from the end), then single choices made smaller. */
    static Stream<long[]> simpler(long[] choices) {
        int length = choices.length;
        Stream<long[]> deletions = IntStream.iterate(Integer.highestOneBit(Math.max(length, 1)), size -> size > 0,
                size -> size / 2).boxed().flatMap(size -> IntStream.iterate(length - size, start -> start >= 0,
                        start -> start - size).mapToObj(start -> without(choices, start, size)));
        Stream<long[]> reductions = IntStream.range(0, length).filter(i -> choices[i] != 0).boxed()
                .flatMap(i -> LongStream.of(0, choices[i] >>> 1, choices[i] - 1).distinct()
                        .mapToObj(smallerChoice -> with(choices, i, smallerChoice)));
        return Stream.concat(deletions, reductions);
    }

    private static long[] without(long[] choices, int start, int size) {
        long[] shorter = new long[choices.length - size];
        System.arraycopy(choices, 0, shorter, 0, start);
        System.arraycopy(choices, start + size, shorter, start, choices.length - start - size);
        return shorter;
    }

    private static long[] with(long[] choices, int index, long choice) {
        long[] changed = choices.clone();
        changed[index] = choice;
        return changed;
    }

    /** Orders choice sequences by length, then by their first difference (choices are unsigned). */
    static int shortlex(long[] a, long[] b) {
        if (a.length != b.length) {
            return Integer.compare(a.length, b.length);
        }
        int differ = Arrays.mismatch(a, b);
        return differ < 0 ? 0 : Long.compareUnsigned(a[differ], b[differ]);
    }

    private String report(String name, Settings settings, int attempt, long caseSeed, Case<T> first,
            Shrinking<T> shrunk) {
        StringBuilder report = new StringBuilder()
                .append(name).append(" failed at try ").append(attempt + 1).append(" of ").append(settings.tries())
                .append(" (seed ").append(settings.seed()).append(")\n")
                .append("  input: ").append(describe.apply(first.value())).append('\n')
                .append("  failure: ").append(first.failure()).append('\n');
        Case<T> simplest = shrunk.simplest();
        if (simplest != first) {
            report.append("  simplest failing input found in ").append(shrunk.runs()).append(" shrinking runs: ")
                    .append(describe.apply(simplest.value())).append('\n')
                    .append("  its failure: ").append(simplest.failure()).append('\n');
        }
        return report.append("  run this case alone with -D").append(SEED_PROPERTY).append('=').append(caseSeed)
                .append(" -D").append(TRIES_PROPERTY).append("=1, the whole run with -D").append(SEED_PROPERTY)
                .append('=').append(settings.seed()).toString();
    }
}
