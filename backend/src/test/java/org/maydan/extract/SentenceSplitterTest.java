package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    @ParameterizedTest(name = "{0} -> {1} sentences")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات البلدة. وقتل رجل.              | 2
            هل قصفت البلدة؟ نعم!                         | 2
            سقطت 3.5 طن من المتفجرات على البلدة.         | 1
            قصفت الطائرات البلدة، وقتل رجل؛ ثم توقف القصف | 2
            2019.05.19 دمشق                              | 1
            """)
    void splitsAtSentencePunctuationOnly(String text, int expected) {
        assertThat(SentenceSplitter.split(text)).hasSize(expected);
    }

    @Test
    void keepsOffsetsIntoTheOriginal() {
        String text = "  أولى.\nثانية  ";

        List<SentenceSplitter.Span> spans = SentenceSplitter.split(text);

        assertThat(spans).extracting(s -> s.text(text)).containsExactly("أولى.", "ثانية");
    }
}
