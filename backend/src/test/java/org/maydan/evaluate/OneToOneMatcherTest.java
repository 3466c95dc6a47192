package org.maydan.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maydan.evaluate.OneToOneMatcher.Pair;

class OneToOneMatcherTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing admissible", List.of(), 1, 1, List.of()),
                Arguments.of("two predictions near one gold: the nearer counts",
                        List.of(new Pair(0, 0, 2.0), new Pair(0, 1, 1.0)), 1, 2, List.of(new Pair(0, 1, 1.0))),
                Arguments.of("nearest first when both gold items can be served",
                        List.of(new Pair(0, 0, 1.0), new Pair(1, 0, 3.0), new Pair(1, 1, 4.0)), 2, 2,
                        List.of(new Pair(0, 0, 1.0), new Pair(1, 1, 4.0))),
                Arguments.of("greedy would leave gold 1 unmatched; the maximum matching serves both",
                        List.of(new Pair(0, 0, 1.0), new Pair(1, 0, 2.0), new Pair(0, 1, 3.0)), 2, 2,
                        List.of(new Pair(0, 1, 3.0), new Pair(1, 0, 2.0))),
                Arguments.of("one prediction near two gold items counts once",
                        List.of(new Pair(0, 0, 1.0), new Pair(1, 0, 2.0)), 2, 1, List.of(new Pair(0, 0, 1.0))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesOneToOneNearestFirstAndMaximally(String description, List<Pair> admissible, int gold, int predicted,
            List<Pair> expected) {
        assertThat(OneToOneMatcher.match(admissible, gold, predicted)).containsExactlyElementsOf(expected);
    }
}
