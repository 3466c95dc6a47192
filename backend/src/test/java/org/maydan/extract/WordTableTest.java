package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.maydan.gazetteer.text.TokenizedText;

/** Word lists in resource files, written in ordinary spelling and read as the text is normalized. */
class WordTableTest {

    @Test
    void wordsAreNormalizedLikeTheText() {
        WordTable places = WordTable.load("places.tsv");
        WordTable dates = WordTable.load("dates.tsv");

        assertThat(places.word("TO")).isEqualTo(TokenizedText.of("إلى").token(0).normalized());
        assertThat(dates.words("YESTERDAY")).contains(TokenizedText.of("البارحة").token(0).normalized());
        assertThat(dates.numbers("MONTH")).containsEntry(TokenizedText.of("أيار").token(0).normalized(), 5);
        assertThat(WordTable.isAny(TokenizedText.of("وأمس").token(0), dates.words("YESTERDAY"))).isTrue();
    }

    @Test
    void aMalformedLineFailsWithItsNumber() {
        BufferedReader reader = new BufferedReader(new StringReader("# comment\nLIST\tword\nonly-one-cell\n"));

        assertThatThrownBy(() -> WordTable.rows("test.tsv", reader, 2, 3, "LIST<TAB>word"))
                .hasMessageContaining("test.tsv line 3");
    }

    @Test
    void aMissingListIsAnError() {
        assertThatThrownBy(() -> WordTable.load("places.tsv").words("ABSENT")).hasMessageContaining("ABSENT");
    }
}
