package org.maydan.gazetteer.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tokens with offsets, clauses and sentences of short texts we wrote. */
class TokenizedTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصف على كفر\\u200cنبل اليوم         | قصف علي كفرنبل اليوم
            قصف على \\u200fكفرنبل\\u200f اليوم  | قصف علي كفرنبل اليوم
            على بعد 3.5 كم من حماة              | علي بعد 3.5 كم من حماه
            على بعد ٣٫٥ كم                      | علي بعد 3.5 كم
            في 2018.06.17 قصفت الطائرات         | في 2018.06.17 قصفت الطايرات
            قصف مؤسسة ومدرسة في ڤيينا           | قصف موسسه ومدرسه في فيينا
            مراسل عنب بلدي—إدلب                  | مراسل عنب بلدي ادلب
            """)
    void tokensAreNormalizedWordsOfTheText(String text, String normalized) {
        TokenizedText t = TokenizedText.of(ArabicNormalizerTest.unescape(text));

        assertThat(t.tokens()).extracting(Token::normalized).containsExactly(normalized.split(" "));
    }

    @Test
    void offsetsLeaveFormatControlsAtTheEdgesOut() {
        String text = "قصف \u200fكفر\u200cنبل\u200f.";

        Token token = TokenizedText.of(text).token(1);

        assertThat(text.substring(token.start(), token.end())).isEqualTo("كفر\u200cنبل");
    }

    @Test
    void aSpellingThatRecursSharesItsWord() {
        TokenizedText t = TokenizedText.of("قصف بالمدفعية ثم قصف بالمدفعية");

        assertThat(t.token(3).word()).isSameAs(t.token(0).word());
        assertThat(t.token(4).word()).isSameAs(t.token(1).word());
        assertThat(t.token(3).start()).isEqualTo(t.token(2).end() + 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصف كفرنبل. وقتل اثنان                       | قصف كفرنبل. / وقتل اثنان
            قصف كفرنبل.وقتل اثنان                        | قصف كفرنبل. / وقتل اثنان
            قصف على بعد 3.5 كم من حماة. وقتل اثنان       | قصف على بعد 3.5 كم من حماة. / وقتل اثنان
            قال د. أحمد إن القصف توقف                    | قال د. أحمد إن القصف توقف
            نقلت وكالة د.ب.أ الخبر. وقتل اثنان            | نقلت وكالة د.ب.أ الخبر. / وقتل اثنان
            بدأت الحرب عام 2011 م. وقتل كثيرون           | بدأت الحرب عام 2011 م. / وقتل كثيرون
            قالت سفارة U.S. إن الوضع خطير                | قالت سفارة U.S. إن الوضع خطير
            الخبر على enabbaladi.net اليوم               | الخبر على enabbaladi.net اليوم
            وقتل اثنان؟ نعم! قتلا                       | وقتل اثنان؟ / نعم! / قتلا
            قصف كفرنبل؛ وقتل اثنان… ثم هدأ              | قصف كفرنبل؛ / وقتل اثنان… / ثم هدأ
            قصف كفرنبل، وقتل اثنان                       | قصف كفرنبل، وقتل اثنان
            """)
    void splitsSentencesAtTheirEnds(String text, String sentences) {
        TokenizedText t = TokenizedText.of(text);

        assertThat(t.sentences()).extracting(s -> s.text(text)).containsExactly(sentences.split(" / "));
    }

    @Test
    void everyTokenBelongsToTheSentenceThatHoldsIt() {
        String text = "قصف كفرنبل.\n\nوقتل اثنان في سراقب.";
        TokenizedText t = TokenizedText.of(text);

        List<Sentence> sentences = t.sentences();
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(1).firstToken()).isEqualTo(2);
        assertThat(sentences.get(1).endToken()).isEqualTo(t.size());
        assertThat(t.sentenceOf(1)).isZero();
        assertThat(t.sentenceOf(2)).isEqualTo(1);
    }

    @Test
    void clausesEndAtCommasColonsAndDashesAndParenthesesAreMarked() {
        TokenizedText t = TokenizedText.of("قصف كفرنبل، وسراقب: (20 كم) - قتلى");

        assertThat(t.tokens()).extracting(Token::clause).containsExactly(0, 0, 1, 2, 2, 3);
        assertThat(t.tokens()).extracting(Token::inParentheses)
                .containsExactly(false, false, false, true, true, false);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12       | 0  | 12
            و12      | 1  | 12
            بـ40     | 1  | 40
            2019     | 0  | 2019
            1234567  | 0  | -1
            وبال5    | -1 | -1
            12كم     | -1 | -1
            3.5      | -1 | -1
            غارات    | -1 | -1
            """)
    void readsANumberAfterAtMostAFewProclitics(String word, int firstDigit, int value) {
        Token token = TokenizedText.of(word).token(0);

        assertThat(token.word().firstDigit()).isEqualTo(firstDigit);
        assertThat(token.word().number()).isEqualTo(value);
        assertThat(token.isNumber()).isEqualTo(firstDigit >= 0);
    }

    @Test
    void findsTokensByOffset() {
        TokenizedText t = TokenizedText.of("قصف  كفرنبل");

        assertThat(t.firstTokenAtOrAfter(4)).isEqualTo(1);
        assertThat(t.firstTokenAtOrAfter(2)).isZero();
        assertThat(t.tokenEndBefore(6)).isEqualTo(2);
        assertThat(t.tokenEndBefore(4)).isEqualTo(1);
    }
}
