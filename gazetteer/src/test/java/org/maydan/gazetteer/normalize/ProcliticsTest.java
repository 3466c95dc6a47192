package org.maydan.gazetteer.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Proclitic readings of normalized tokens, as the scanner and the region phrases walk them. */
class ProcliticsTest {

    private static final String[] DIRECTIONS = {"شمال", "الشمال", "غربي"};

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            شمال      | 0
            وشمال     | 1
            بشمال     | 1
            وبشمال    | 2
            للشمال    | 1
            والشمال   | 1
            لغربي     | 1
            شمالي     | -1
            مشمال     | -1
            """)
    void prefixBeforeAWordIsTheShortestProcliticReading(String token, int prefix) {
        assertThat(Proclitics.prefixBefore(token, DIRECTIONS)).isEqualTo(prefix);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وبكفرنبل | 3
            فكفرنبل  | 2
            بوكفر    | 1
            كفرنبل   | 1
            مدينة    | 0
            وب       | 0
            """)
    void maxPrefixStopsAtTheFirstLetterThatCannotBeAProclitic(String token, int max) {
        assertThat(Proclitics.maxPrefix(token)).isEqualTo(max);
        assertThat(Proclitics.splits(token)).hasSizeGreaterThanOrEqualTo(max);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            كفرنبيل  | كفرنبل
            كفرنبل   | كفرنبل
            كباني    | كبن*
            كبانه    | كبن*
            معرتحرمه | معرتحرم*
            اورم     | ارم
            """)
    void theVowelSkeletonDropsInnerLongVowelsAndKeepsTheFoldedEnd(String normalized, String skeleton) {
        assertThat(LooseKeys.vowelSkeleton(LooseKeys.of(normalized))).isEqualTo(skeleton);
    }
}
