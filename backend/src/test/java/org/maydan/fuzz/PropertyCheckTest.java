package org.maydan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.fuzz.PropertyCheck.Outcome;
import org.maydan.fuzz.PropertyCheck.Settings;

class PropertyCheckTest {

    private static final Settings SEVEN_HUNDRED_TRIES = new Settings(7, 700);
    private static final Pattern CASE_SEED = Pattern.compile("-Dmaydan\\.fuzz\\.seed=(-?\\d+) -Dmaydan\\.fuzz\\.tries=1");

    @Test
    void aPropertyThatHoldsIsTriedTheGivenNumberOfTimes() {
        List<Integer> seen = new ArrayList<>();
        Outcome outcome = PropertyCheck.forAll(Gen.integers(), String::valueOf).check("holds", SEVEN_HUNDRED_TRIES,
                seen::add);
        assertThat(outcome.tried()).isEqualTo(700);
        assertThat(outcome.failed()).isZero();
        assertThat(outcome.report()).isEmpty();
        assertThat(seen).hasSize(700);
        outcome.assertPassed();
    }

    @Test
    void theSameSeedTriesTheSameValuesAndAnotherSeedOthers() {
        assertThat(tried(new Settings(7, 50))).isEqualTo(tried(new Settings(7, 50)))
                .isNotEqualTo(tried(new Settings(8, 50)));
    }

    @Test
    void theSeedAndTriesAreFixedUnlessSystemPropertiesNameOthers() {
        String seed = System.getProperty(PropertyCheck.SEED_PROPERTY);
        String tries = System.getProperty(PropertyCheck.TRIES_PROPERTY);
        try {
            System.clearProperty(PropertyCheck.SEED_PROPERTY);
            System.clearProperty(PropertyCheck.TRIES_PROPERTY);
            assertThat(Settings.fromSystemProperties(123)).isEqualTo(new Settings(PropertyCheck.DEFAULT_SEED, 123));
            System.setProperty(PropertyCheck.SEED_PROPERTY, "-42");
            System.setProperty(PropertyCheck.TRIES_PROPERTY, "3");
            assertThat(Settings.fromSystemProperties(123)).isEqualTo(new Settings(-42, 3));
        } finally {
            restore(PropertyCheck.SEED_PROPERTY, seed);
            restore(PropertyCheck.TRIES_PROPERTY, tries);
        }
    }

    @Test
    void aFailureIsReportedWithItsInputAndTheSeedThatRunsItAlone() {
        Gen<Integer> numbers = Gen.integers(0, 100_000);
        PropertyCheck.Property<Integer> rarelyLarge = n -> assertThat(n).isLessThan(99_000);
        Outcome outcome = PropertyCheck.forAll(numbers, n -> "n=" + n).check("rarely large", SEVEN_HUNDRED_TRIES,
                rarelyLarge);

        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(outcome.tried()).isBetween(2, 699);
        String report = outcome.report().orElseThrow();
        assertThat(report).startsWith("rarely large failed at try " + outcome.tried() + " of 700 (seed 7)")
                .endsWith("the whole run with -Dmaydan.fuzz.seed=7");
        assertThatThrownBy(outcome::assertPassed).isInstanceOf(AssertionError.class).hasMessage(report)
                .hasCauseInstanceOf(AssertionError.class);

        Matcher caseSeed = CASE_SEED.matcher(report);
        assertThat(caseSeed.find()).isTrue();
        Outcome alone = PropertyCheck.forAll(numbers, n -> "n=" + n).check("rarely large",
                new Settings(Long.parseLong(caseSeed.group(1)), 1), rarelyLarge);
        String firstInput = report.lines().filter(line -> line.startsWith("  input: ")).findFirst().orElseThrow();
        assertThat(alone.tried()).isEqualTo(1);
        assertThat(alone.report().orElseThrow()).contains(firstInput);
    }

    @Test
    void aFailureIsShrunkToASimplerFailingInput() {
        Gen<List<Integer>> lists = Gen.integers(0, 10_000).list(0, 20);
        Outcome outcome = PropertyCheck.forAll(lists, List::toString).check("no large number", new Settings(3, 100),
                list -> assertThat(list).allSatisfy(n -> assertThat(n).isLessThan(100)));

        assertThat(outcome.shrinkRuns()).isPositive().isLessThanOrEqualTo(PropertyCheck.SHRINK_RUNS);
        String simplest = outcome.report().orElseThrow().lines()
                .filter(line -> line.contains("simplest failing input")).findFirst().orElseThrow();
        Matcher list = Pattern.compile("runs: \\[(\\d+)]$").matcher(simplest);
        assertThat(list.find()).as(simplest).isTrue();
        assertThat(Integer.parseInt(list.group(1))).isBetween(100, 199);
    }

    @Test
    void shrinkingKeepsToFailuresOfTheSameOrigin() {
        Gen<Integer> numbers = Gen.integers(0, 10_000);
        Outcome outcome = PropertyCheck.forAll(numbers, n -> "n=" + n).check("small", new Settings(1, 10), n -> {
            if (n > 5000) {
                throw new AssertionError("big");
            }
            assertThat(n).as("medium").isLessThanOrEqualTo(10);
        });
        String report = outcome.report().orElseThrow();
        assertThat(report).contains("failure: java.lang.AssertionError: big");
        Matcher simplest = Pattern.compile("shrinking runs: n=(\\d+)").matcher(report);
        assertThat(simplest.find()).as(report).isTrue();
        assertThat(Integer.parseInt(simplest.group(1))).isGreaterThan(5000);
        assertThat(report).doesNotContain("medium");
    }

    @Test
    void theOriginOfAFailureIsItsTypeAndTheLineThatThrew() {
        Throwable first = failureOf(() -> assertThat(1).isZero());
        Throwable second = failureOf(() -> assertThat(1).isZero());
        assertThat(PropertyCheck.origin(first))
                .startsWith("org.opentest4j.AssertionFailedError at org.maydan.fuzz.PropertyCheckTest.")
                .isNotEqualTo(PropertyCheck.origin(second));
        assertThat(PropertyCheck.origin(new IllegalStateException())).startsWith("java.lang.IllegalStateException at ");
    }

    @Test
    void anExceptionIsAFailureToo() {
        Outcome outcome = PropertyCheck.forAll(Gen.of("x"), s -> s).check("throws", new Settings(1, 10), s -> {
            throw new java.io.IOException("connection reset");
        });
        assertThat(outcome.failed()).isEqualTo(1);
        assertThat(outcome.report().orElseThrow()).contains("java.io.IOException: connection reset");
    }

    @Test
    void aGeneratorThatMakesNoValueStopsTheRunNamingTheSeed() {
        PropertyCheck<Integer> impossible = PropertyCheck.forAll(Gen.integers(0, 9).filter(n -> n > 9), String::valueOf);
        assertThatThrownBy(() -> impossible.check("impossible", new Settings(5, 10), n -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("from seed 5");
    }

    @Test
    void simplerSequencesAreAllShorterOrSmaller() {
        long[] choices = {5, 0, -1, 3};
        assertThat(PropertyCheck.simpler(choices))
                .allSatisfy(simpler -> assertThat(PropertyCheck.shortlex(simpler, choices)).isNegative())
                .anySatisfy(simpler -> assertThat(simpler).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Arabic and Latin stay      | 'قصف a1'           | 'قصف a1'",
        "right-to-left override     | '\u202Eabc'        | '\\u202Eabc'",
        "bell and tab               | '\u0007\t'         | '\\u0007\\u0009'",
        "lone surrogate             | '\uD800x'          | '\\uD800x'",
        "backslash                  | 'a\\b'              | 'a\\u005Cb'",
    })
    void visibleEscapesWhatATerminalHides(String what, String text, String shown) {
        assertThat(PropertyCheck.visible(text)).isEqualTo(shown);
    }

    private static Throwable failureOf(Runnable check) {
        try {
            check.run();
        } catch (AssertionError e) {
            return e;
        }
        throw new IllegalStateException("did not fail");
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }

    private static List<Long> tried(Settings settings) {
        List<Long> seen = new ArrayList<>();
        PropertyCheck.forAll(Gen.longs(), String::valueOf).check("collects", settings, seen::add);
        return seen;
    }
}
