package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12       | 0  | 12
            و12      | 1  | 12
            بـ40     | 1  | 40
            2019     | 0  | 2019
            1234567  | 0  | -1
            وبال5    | -1 | -1
            12كم     | -1 | -1
            غارات    | -1 | -1
            """)
    void readsANumberAfterAtMostAFewProclitics(String word, int firstDigit, int value) {
        Token token = TokenizedText.of(word).tokens[0];

        assertThat(token.firstDigit()).isEqualTo(firstDigit);
        assertThat(token.numberValue()).isEqualTo(value);
        assertThat(token.isNumber()).isEqualTo(firstDigit >= 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصف بالمدفعية ثم قصف بالمدفعية | 0 | 3
            وقصف وقصف                      | 0 | 1
            """)
    void aWordThatRecursSharesItsReadings(String text, int first, int again) {
        Token[] tokens = TokenizedText.of(text).tokens;

        assertThat(tokens[again].forms()).isSameAs(tokens[first].forms());
        assertThat(tokens[again].norm()).isSameAs(tokens[first].norm());
    }
}
