package org.maydan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GenTest {

    private static final int SAMPLES = 10_000;

    /** Generators and the value each makes from zero choices: its simplest. */
    static Stream<Arguments> simplest() {
        return Stream.of(
                Arguments.of("first of the values", Gen.of("a", "b", "c"), "a"),
                Arguments.of("first generator's simplest", Gen.oneOf(Gen.of("x"), Gen.of("y")), "x"),
                Arguments.of("lowest of a range", Gen.integers(5, 9), 5),
                Arguments.of("lowest long of a range", Gen.longs(-7, 7), -7L),
                Arguments.of("zero int", Gen.integers(), 0),
                Arguments.of("zero long", Gen.longs(), 0L),
                Arguments.of("zero double", Gen.doubles(), 0.0),
                Arguments.of("shortest list", Gen.integers(3, 4).list(2, 5), List.of(3, 3)),
                Arguments.of("shortest string", Gen.strings(Gen.alpha(), 0, 10), ""),
                Arguments.of("absent optional", Gen.of("a").optional(0.9), Optional.empty()),
                Arguments.of("mapped simplest", Gen.integers(1, 3).map(n -> n * 10), 10),
                Arguments.of("combined simplest", Gen.combine(Gen.of("a"), Gen.integers(2, 3), (s, n) -> s + n), "a2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("simplest")
    void zeroChoicesMakeTheSimplestValue(String what, Gen<?> generator, Object expected) {
        assertThat((Object) generator.generate(Choices.replay(new long[0]))).isEqualTo(expected);
    }

    /** Generators of every kind, to check that their values are made again from a seed or the recorded choices. */
    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of("ints", Gen.integers()),
                Arguments.of("longs", Gen.longs()),
                Arguments.of("doubles", Gen.doubles()),
                Arguments.of("strings of any char", Gen.strings(Gen.anyChar(), 0, 40)),
                Arguments.of("lists of optionals", Gen.integers(0, 9).optional(0.5).list(0, 8)),
                Arguments.of("filtered", Gen.integers(0, 100).filter(n -> n % 7 == 0)),
                Arguments.of("flat-mapped", Gen.integers(0, 5).flatMap(n -> Gen.alpha().list(n))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    void theSameSeedOrTheRecordedChoicesMakeTheSameValue(String what, Gen<?> generator) {
        for (long seed = 0; seed < 50; seed++) {
            Choices choices = Choices.random(seed);
            Object value = generator.generate(choices);
            assertThat((Object) generator.generate(Choices.random(seed))).isEqualTo(value);
            assertThat((Object) generator.generate(Choices.replay(choices.made()))).isEqualTo(value);
        }
    }

    @Test
    void differentSeedsMakeDifferentValues() {
        Gen<Long> longs = Gen.longs(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2);
        assertThat(LongStream.range(0, 100).mapToObj(seed -> longs.generate(Choices.random(seed))).distinct())
                .hasSize(100);
    }

    @Test
    void rangesHoldAndReachBothEnds() {
        List<Integer> months = sample(Gen.integers(-1, 14));
        assertThat(months).allSatisfy(m -> assertThat(m).isBetween(-1, 14)).contains(-1, 14);
        List<Character> arabic = sample(Gen.chars('\u0600', '\u06FF'));
        assertThat(arabic).allSatisfy(c -> assertThat(c).isBetween('\u0600', '\u06FF')).contains('\u0600', '\u06FF');
        assertThat(sample(Gen.alpha())).allSatisfy(c -> assertThat(Character.isLetter(c) && c < 128).isTrue());
    }

    @Test
    void fullRangesHoldTheirEdgeCases() {
        assertThat(sample(Gen.integers())).contains(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        assertThat(sample(Gen.longs())).contains(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE)
                .anySatisfy(n -> assertThat(Math.abs(n)).isGreaterThan(Integer.MAX_VALUE));
        assertThat(sample(Gen.doubles())).allSatisfy(d -> assertThat(d).isFinite())
                .contains(0.0, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE)
                .anySatisfy(d -> assertThat(Math.abs(d)).isGreaterThan(1e100));
    }

    @Test
    void boundedDoublesHaveAtMostTwoDecimals() {
        assertThat(sample(Gen.doubles(-400, 400))).allSatisfy(d -> {
            assertThat(d).isBetween(-400.0, 400.0);
            assertThat(new BigDecimal(String.valueOf(d)).stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
        });
    }

    @Test
    void listsAndStringsHaveTheirSizes() {
        assertThat(sample(Gen.integers().list(0, 6)).stream().map(List::size).distinct())
                .containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6);
        assertThat(sample(Gen.integers().list(3))).allSatisfy(list -> assertThat(list).hasSize(3));
        assertThat(sample(Gen.strings(Gen.alpha(), 2000, 6000), 100))
                .allSatisfy(s -> assertThat(s.length()).isBetween(2000, 6000));
    }

    @Test
    void optionalsArePresentWithTheirProbability() {
        long present = sample(Gen.of("a").optional(0.3)).stream().filter(Optional::isPresent).count();
        assertThat(present / (double) SAMPLES).isCloseTo(0.3, within(0.03));
    }

    @Test
    void oneOfChoosesEachGeneratorAsOften() {
        Map<String, Long> counts = sample(Gen.oneOf(Gen.of("a"), Gen.of("b"), Gen.of("c", "d"))).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counts.get("a") / (double) SAMPLES).isCloseTo(1 / 3.0, within(0.03));
        assertThat(counts.get("b") / (double) SAMPLES).isCloseTo(1 / 3.0, within(0.03));
        assertThat((counts.get("c") + counts.get("d")) / (double) SAMPLES).isCloseTo(1 / 3.0, within(0.03));
    }

    @Test
    void filterKeepsOnlyPassingValuesAndGivesUpOnAnImpossibleOne() {
        assertThat(sample(Gen.integers(0, 100).filter(n -> n % 7 == 0))).allSatisfy(n -> assertThat(n % 7).isZero());
        Gen<Integer> impossible = Gen.integers(0, 100).filter(n -> n > 100);
        assertThatThrownBy(() -> impossible.generate(Choices.random(1))).isInstanceOf(Gen.Rejected.class);
    }

    private static <T> List<T> sample(Gen<T> generator) {
        return sample(generator, SAMPLES);
    }

    private static <T> List<T> sample(Gen<T> generator, int size) {
        Choices choices = Choices.random(42);
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(generator.generate(choices));
        }
        return values;
    }
}
