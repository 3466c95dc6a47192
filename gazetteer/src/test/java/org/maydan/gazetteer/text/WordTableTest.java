package org.maydan.gazetteer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** Word lists in resource files, written in ordinary spelling and read as the text is normalized. */
class WordTableTest {

    private static final WordTable WORDS = WordTable.load(WordTableTest.class, "test-words.tsv");

    @Test
    void wordsAreNormalizedLikeTheText() {
        assertThat(WORDS.word("TO")).isEqualTo(TokenizedText.of("إلى").token(0).normalized());
        assertThat(WORDS.words("YESTERDAY")).contains(TokenizedText.of("البارحة").token(0).normalized());
        assertThat(WORDS.numbers("MONTH")).containsEntry(TokenizedText.of("أيار").token(0).normalized(), 5);
        assertThat(WORDS.constants("DAY", DayOfWeek.class))
                .containsEntry(TokenizedText.of("الاربعا").token(0).normalized(), DayOfWeek.WEDNESDAY);
    }

    @Test
    void aTokenIsLookedUpThroughItsProcliticReadings() {
        assertThat(WordTable.isAny(TokenizedText.of("وأمس").token(0), WORDS.words("YESTERDAY"))).isTrue();
        assertThat(WordTable.isAny(TokenizedText.of("أمسية").token(0), WORDS.words("YESTERDAY"))).isFalse();
    }

    @Test
    void aMalformedLineFailsWithItsNumber() {
        BufferedReader reader = new BufferedReader(new StringReader("# comment\nLIST\tword\nonly-one-cell\n"));

        assertThatThrownBy(() -> WordTable.rows("test.tsv", reader, 2, 3, "LIST<TAB>word"))
                .hasMessageContaining("test.tsv line 3");
    }

    @Test
    void aMissingListOrASingleWordListOfSeveralIsAnError() {
        assertThatThrownBy(() -> WORDS.words("ABSENT")).hasMessageContaining("ABSENT");
        assertThatThrownBy(() -> WORDS.word("YESTERDAY")).hasMessageContaining("one word");
    }
}
