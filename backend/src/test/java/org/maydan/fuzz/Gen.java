package org.maydan.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of test values: a function of the {@link Choices} it draws, so that the same choices
 * make the same value and zero choices make the simplest one (the first alternative, the shortest
 * list or string, the lowest number of a range, an absent optional). Larger generators are written
 * with {@link #map}, {@link #oneOf}, {@link #combine} or, where that reads better, as a lambda that
 * calls {@link #generate} on its parts in order.
 */
@FunctionalInterface
public interface Gen<T> {

    /** How many values a {@link #filter} may throw away before it gives up on these choices. */
    int FILTER_ATTEMPTS = 100;

    /** A bound for "small" numbers, which find off-by-one faults more often than huge ones. */
    long SMALL = 1000;

    /** Hundredths per unit: generated decimals have two places. */
    double HUNDRED = 100.0;

    /** A value made from these choices. */
    T generate(Choices choices);

    default <R> Gen<R> map(Function<? super T, ? extends R> function) {
        return choices -> function.apply(generate(choices));
    }

    /** A value of the generator chosen by this one's value. */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> function) {
        return choices -> function.apply(generate(choices)).generate(choices);
    }

    /**
     * Only values that pass the test; the values thrown away still use choices.
     *
     * @throws Rejected from {@link #generate} after {@value #FILTER_ATTEMPTS} values thrown away
     */
    default Gen<T> filter(Predicate<? super T> keep) {
        return choices -> {
            for (int attempt = 0; attempt < FILTER_ATTEMPTS; attempt++) {
                T value = generate(choices);
                if (keep.test(value)) {
                    return value;
                }
            }
            throw new Rejected(FILTER_ATTEMPTS + " generated values in a row failed the filter");
        };
    }

    /** A present value with this probability, else empty. */
    default Gen<Optional<T>> optional(double presence) {
        return choices -> choices.chance(presence) ? Optional.of(generate(choices)) : Optional.empty();
    }

    /** Lists of exactly this size. */
    default Gen<List<T>> list(int size) {
        return list(size, size);
    }

    /** Lists with a size between these bounds, inclusive. */
    default Gen<List<T>> list(int minSize, int maxSize) {
        return choices -> {
            int size = integers(minSize, maxSize).generate(choices);
            List<T> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(generate(choices));
            }
            return values;
        };
    }

    /** One of these values, each as likely. */
    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    /** One of these values, each as likely. */
    static <T> Gen<T> of(List<? extends T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        List<? extends T> copy = List.copyOf(values);
        return choices -> copy.get((int) choices.below(copy.size()));
    }

    /** A value of one of these generators, each as likely. */
    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
        return of(List.of(generators)).flatMap(generator -> generator);
    }

    /** Values of two generators, put together. */
    static <A, B, R> Gen<R> combine(Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> join) {
        return choices -> join.apply(first.generate(choices), second.generate(choices));
    }

    /** Values of three generators, put together. */
    static <A, B, C, R> Gen<R> combine(Gen<A> first, Gen<B> second, Gen<C> third, Join3<A, B, C, R> join) {
        return choices -> join.apply(first.generate(choices), second.generate(choices), third.generate(choices));
    }

    /** Puts three values together. */
    @FunctionalInterface
    interface Join3<A, B, C, R> {
        R apply(A first, B second, C third);
    }

    /** Longs in {@code [min, max]}, any of them as likely. */
    static Gen<Long> longs(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
        long span = max - min + 1; // overflows to 0 or less when the range is wider than Long.MAX_VALUE
        if (span > 0) {
            return choices -> min + choices.below(span);
        }
        return bits().filter(value -> value >= min && value <= max);
    }

    /** Ints in {@code [min, max]}, any of them as likely. */
    static Gen<Integer> integers(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /** Any long: an edge case, a small number or any 64-bit value, each a third of the time. */
    static Gen<Long> longs() {
        return oneOf(of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE), longs(-SMALL, SMALL), bits());
    }

    /** Any int: an edge case, a small number or any 32-bit value, each a third of the time. */
    static Gen<Integer> integers() {
        return oneOf(of(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE), integers((int) -SMALL, (int) SMALL),
                integers(Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    /** Doubles in {@code [min, max]} with at most two decimals, as a person would type them. */
    static Gen<Double> doubles(double min, double max) {
        return longs(Math.round(Math.ceil(min * HUNDRED)), Math.round(Math.floor(max * HUNDRED)))
                .map(hundredths -> hundredths / HUNDRED);
    }

    /**
     * Any finite double: an edge case, one with two decimals, or any bit pattern that is a finite
     * number (tiny, huge, subnormal), each a third of the time.
     */
    static Gen<Double> doubles() {
        return oneOf(of(0.0, -0.0, 0.01, -0.01, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE),
                doubles(-SMALL * SMALL, SMALL * SMALL),
                bits().map(Double::longBitsToDouble).filter(Double::isFinite));
    }

    /** Any 64-bit value, simplest near zero. */
    static Gen<Long> bits() {
        return Choices::anyLong;
    }

    /** Characters in {@code [from, to]}, any of them as likely (the whole range may hold unpaired surrogates). */
    static Gen<Character> chars(char from, char to) {
        return integers(from, to).map(code -> (char) code.intValue());
    }

    /** Any UTF-16 unit: every character of the Basic Multilingual Plane, and lone surrogates. */
    static Gen<Character> anyChar() {
        return chars(Character.MIN_VALUE, Character.MAX_VALUE);
    }

    /** The letters a-z and A-Z. */
    static Gen<Character> alpha() {
        return oneOf(chars('a', 'z'), chars('A', 'Z'));
    }

    /** Strings of these characters with a length between these bounds, inclusive. */
    static Gen<String> strings(Gen<Character> chars, int minLength, int maxLength) {
        return chars.list(minLength, maxLength).map(list -> {
            StringBuilder text = new StringBuilder(list.size());
            list.forEach(text::append);
            return text.toString();
        });
    }

    /** Choices that make no value of a generator (a filter that never passes); the run tries others. */
    final class Rejected extends RuntimeException {
        Rejected(String message) {
            super(message);
        }
    }
}
