package org.maydan.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How article JSON Lines are read, the same for extract, ingest, bench-extract and evaluate. */
class ArticleJsonlTest {

    @Test
    void blankLinesAreSkippedButCountedSoNumbersAreTheEditorsOnes() throws IOException {
        List<ArticleJsonl.Line> lines = read("""
                {"id":"a1","text":"قصف على سراقب."}

                   \t
                {"id":"a2","text":"اشتباكات في كفرنبل."}
                """);

        assertThat(lines).extracting(ArticleJsonl.Line::number).containsExactly(1, 4);
        assertThat(lines).extracting(ArticleJsonl.Line::label).containsExactly("line 1 (a1)", "line 4 (a2)");
    }

    @Test
    void aLineWithAllFieldsIsAnArticle() throws Exception {
        ArticleJsonl.ArticleFields article = only("""
                {"id":7,"text":"قصف على سراقب.","published":"2019-05-06T08:30:00+03:00","title":"قصف",\
                "url":"https://example.org/1","source":"desk A","extra":[1,2]}""").article();

        assertThat(article).isEqualTo(new ArticleJsonl.ArticleFields("7", "قصف على سراقب.", LocalDate.of(2019, 5, 6),
                "قصف", "https://example.org/1", "desk A"));
    }

    @Test
    void onlyTheTextIsRequired() throws Exception {
        ArticleJsonl.ArticleFields article = only("{\"text\":\"\",\"published\":null,\"title\":null}").article();

        assertThat(article).isEqualTo(new ArticleJsonl.ArticleFields(null, "", null, null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON            | {"id":"a1","text":          | not JSON at column
            not an object       | ["a1","قصف"]                | not a JSON object
            no text             | {"id":"a1"}                 | missing or non-string "text"
            text not a string   | {"id":"a1","text":42}       | missing or non-string "text"
            published a number  | {"text":"قصف","published":20190506}  | "published" must be a string
            published not a day | {"text":"قصف","published":"أمس"}     | "published": 'أمس' is not a date
            """)
    void aBadLineSaysWhatIsWrongAndTheReaderGoesOn(String description, String bad, String message)
            throws IOException {
        List<ArticleJsonl.Line> lines = read(bad + "\n{\"id\":\"ok\",\"text\":\"نص\"}\n");

        assertThatThrownBy(() -> lines.get(0).article()).isInstanceOf(ArticleJsonl.InvalidLineException.class)
                .hasMessageStartingWith(message);
        assertThat(lines.get(1).id()).isEqualTo("ok");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text id     | {"id":"a1","text":"نص"}     | a1
            number id   | {"id":12,"text":"نص"}       | 12
            """)
    void aScalarIdIsReadAsText(String description, String line, String id) throws Exception {
        assertThat(only(line).requiredId()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no id       | {"text":"نص"}
            null id     | {"id":null,"text":"نص"}
            object id   | {"id":{"n":1},"text":"نص"}
            """)
    void anInputThatNeedsIdsRefusesALineWithoutOne(String description, String line) throws IOException {
        assertThatThrownBy(() -> only(line).requiredId()).hasMessage("missing \"id\"");
    }

    private static ArticleJsonl.Line only(String jsonl) throws IOException {
        List<ArticleJsonl.Line> lines = read(jsonl);
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    private static List<ArticleJsonl.Line> read(String jsonl) throws IOException {
        List<ArticleJsonl.Line> lines = new ArrayList<>();
        try (ArticleJsonl in = ArticleJsonl.of(new StringReader(jsonl))) {
            for (ArticleJsonl.Line line = in.next(); line != null; line = in.next()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
