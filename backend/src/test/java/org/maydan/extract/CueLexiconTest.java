package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;

class LexiconTest {

    private static final String ENTRIES = """
            CLASH\tاشتباك*
            CLASH\tاشتباكات عنيفه
            AIR\tطائرات
            AIR\tطائرات حربيه
            SHELLING\tقذ*
            SHELLING\tقذائف هاون
            SHELLING\tقذائف* صاروخ*
            TERRITORY\tسيطر*
            ACTOR_GOV\tقوات النظام
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            والاشتباكات مستمرة           | CLASH 0-1
            اشتباكات عنيفة في البلدة     | CLASH 0-2
            قصفت طائرات حربية البلدة     | AIR 1-3
            سقطت قذائف هاون              | SHELLING 1-3
            سقطت قذيفة                   | SHELLING 1-2
            بقذائف صاروخية               | SHELLING 0-2
            سيطرت قوات النظام على التلة  | TERRITORY 0-1, ACTOR_GOV 1-3
            تقدم للسيطرة على التلة       | TERRITORY 1-2 lam
            مرت طائرة فوق البلدة         | ''
            """)
    void keepsTheLongestPhraseOfEachCueAtEachToken(String sentence, String expected) throws IOException {
        List<Token> tokens = TokenizedText.of(sentence).tokens();

        List<CueLexicon.Match> matches = lexicon().matchAll(tokens, 0, tokens.size());

        assertThat(String.join(", ", matches.stream().map(LexiconTest::describe).toList())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} [{1}, {2})")
    @CsvSource(delimiter = '|', textBlock = """
            اشتباكات عنيفة | 0 | 1 | CLASH 0-1
            اشتباكات عنيفة | 1 | 2 | ''
            """)
    void matchesOnlyInsideTheGivenRange(String sentence, int from, int to, String expected) throws IOException {
        List<Token> tokens = TokenizedText.of(sentence).tokens();

        List<CueLexicon.Match> matches = lexicon().matchAll(tokens, from, to);

        assertThat(String.join(", ", matches.stream().map(LexiconTest::describe).toList())).isEqualTo(expected);
    }

    private static CueLexicon lexicon() throws IOException {
        return CueLexicon.parse(new BufferedReader(new StringReader(ENTRIES)));
    }

    private static String describe(CueLexicon.Match m) {
        return m.cue() + " " + m.start() + "-" + m.end() + (m.lamProclitic() ? " lam" : "");
    }
}
