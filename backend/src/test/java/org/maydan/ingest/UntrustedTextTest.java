package org.maydan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What is removed from text on its way in, and what stays. */
class UntrustedTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            right-to-left override around a figure | قتل \u202E21\u202C شخصاً      | قتل 21 شخصاً
            left-to-right override                 | a\u202Db\u202Cc                 | abc
            embeddings                             | a\u202Ab\u202Bc\u202C           | abc
            isolates                               | a\u2066b\u2067c\u2068d\u2069    | abcd
            NUL and other C0 controls              | a\u0000b\u0007c\u001Bd          | abcd
            DEL and C1 controls                    | a\u007Fb\u0085c\u009Fd          | abcd
            """)
    void directionOverridesAndControlCharactersAreRemoved(String name, String text, String cleaned) {
        assertThat(UntrustedText.clean(text)).isEqualTo(cleaned);
    }

    @Test
    void tabsLineEndsDirectionMarksAndOtherScriptsStay() {
        String text = "سطر\tأول\r\nسطر \u200Fثان\u200E و\u061Cثالث 😀 \u00A0end";

        assertThat(UntrustedText.clean(text)).isSameAs(text);
    }

    @Test
    void loneSurrogatesBecomeReplacementCharactersAndPairsStay() {
        assertThat(UntrustedText.clean("a\uD800b\uDC00c\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
        assertThat(UntrustedText.clean("end\uD83D")).isEqualTo("end\uFFFD");
    }
}
