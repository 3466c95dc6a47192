package org.maydan.gazetteer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Proclitic readings of normalized tokens: for word lists, and as name lookup walks them. */
class ProcliticsTest {

    private static final ProcliticWords DIRECTIONS = new ProcliticWords(java.util.List.of("شمال", "الشمال", "غربي"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قصف          | قصف
            اشتباكات     | اشتباكات
            الاشتباكات   | الاشتباكات اشتباكات
            والاشتباكات  | والاشتباكات الاشتباكات اشتباكات
            بغارات       | بغارات غارات
            بالغارات     | بالغارات الغارات غارات
            للسيطره      | للسيطره السيطره سيطره
            وللسيطره     | وللسيطره للسيطره السيطره سيطره
            كفرنبل       | كفرنبل فرنبل
            فكفرنبل      | فكفرنبل كفرنبل فرنبل
            وبكفرنبل     | وبكفرنبل بكفرنبل كفرنبل
            الي          | الي
            الالي        | الالي
            والالي       | والالي الالي
            الاليات      | الاليات اليات
            وقد          | وقد قد
            ولم          | ولم لم
            بل           | بل
            بله          | بله
            ولقد         | ولقد لقد
            """)
    void readingsForWordListsComeInAFixedOrder(String token, String readings) {
        assertThat(Proclitics.readings(token)).containsExactly(readings.split(" "));
    }

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
        assertThat(DIRECTIONS.prefixBefore(token)).isEqualTo(prefix);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وبكفرنبل | 2
            فكفرنبل  | 2
            وللرقه   | 2
            بوكفر    | 1
            كفرنبل   | 1
            وتل      | 1
            بلدي     | 1
            مدينة    | 0
            وب       | 0
            """)
    void aConjunctionThenAPrepositionMakeTheLongestPrefix(String token, int max) {
        assertThat(Proclitics.maxPrefix(token)).isEqualTo(max);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            للرقه    | ل:الرقه ل:لرقه
            وللرقه   | و:للرقه ول:الرقه ول:لرقه
            للبنان   | ل:البنان ل:لبنان
            وبحلب    | و:بحلب وب:حلب
            """)
    void splitsReadTheArticleAfterLamBothWays(String token, String splits) {
        assertThat(Proclitics.splits(token)).extracting(s -> s.prefix() + ":" + s.remainder())
                .containsExactly(splits.split(" "));
    }

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource(delimiter = '|', textBlock = """
            للسيطره  | سيطره    | true
            لصد      | صد       | true
            بالسيطره | سيطره    | false
            سيطره    | سيطره    | false
            """)
    void knowsAPurposeLam(String token, String form, boolean lam) {
        assertThat(Proclitics.hasLamBefore(token, form)).isEqualTo(lam);
    }
}
