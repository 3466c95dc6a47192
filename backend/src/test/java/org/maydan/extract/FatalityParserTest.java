package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;

class FatalityParserTest {

    private static final CueLexicon LEXICON = CueLexicon.load();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            قتل أربعة مدنيين وجرح ستة آخرون بغارة            | 4
            مقتل ثلاث نساء بقصف مدفعي                      | 3
            سقط 9 شهداء بغارات جوية                        | 9
            سقط ٩ شهداء بغارات جوية                        | 9
            مقتل خمسة وعشرين مدنيا                         | 25
            مقتل أحد عشر مدنيا                             | 11
            مقتل اثني عشر مدنيا                            | 12
            قتل مدني أثناء القصف                           | 1
            قتل مئة مدني وجرح العشرات                      | 100
            قتل مائة مدني                                  | 100
            مقتل طفلين بقذيفة                              | 2
            قتل مدنيان اثنان                               | 2
            مقتل رجل وطفله في غارة                         | 2
            ارتقى شهيدان وأصيب ثلاثة في غارة                  | 2
            خلفت الغارة قتيلين وسبعة جرحى                    | 2
            سقط 12 قتيلا في الغارة                           | 12
            قتل ما لا يقل عن 21 مدنيا في الغارات               | 21
            أسفر القصف عن مقتل أكثر من 30 شخصا                | 30
            أصيب أكثر من 30 مدنيا في القصف                    | null
            قتل شخصين في الغارة                            | 2
            مقتل 17 مدنيا بينهم ثمانية أطفال               | 17
            مقتل 5 مدنيين وإصابة أكثر من 30 آخرين          | 5
            قتل عشرات العناصر في المعارك                   | 10
            ارتفاع حصيلة القصف إلى 12 قتيلا بعد مقتل 3     | 12
            أصيب ثلاثة مدنيين بجروح                        | null
            جرح مدني بقذيفة                                | null
            سقوط أكثر من 50 عنصرا بين قتيل وجريح           | null
            قصفت الطائرات البلدة دون ورود أنباء عن إصابات  | 0
            سقطت قذائف دون تسجيل إصابات                    | 0
            سقطت قذائف على البلدة، ولم تسجل إصابات          | 0
            اقتصرت الأضرار على المادية                     | 0
            نفذت الطائرات 10 غارات على البلدة              | null
            """)
    void countsTheKilled(String sentence, Integer expected) {
        List<Token> t = TokenizedText.of(sentence).tokens();
        FatalityParser.Reading reading = FatalityParser.read(t, LEXICON.matchAll(t, 0, t.size()), 0, t.size(),
                new boolean[t.size()]);

        assertThat(reading.fallback()).isEqualTo(expected);
    }
}
