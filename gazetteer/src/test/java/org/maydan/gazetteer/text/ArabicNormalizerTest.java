package org.maydan.gazetteer.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one normalization, pinned on real forms of news text. Invisible marks are written as
 * {@code \\uXXXX} escapes in the table.
 */
class ArabicNormalizerTest {

    @ParameterizedTest(name = "{2}: {0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            كَفْرنَبُودَة             | كفرنبوده         | diacritics
            حَمَاةُ                   | حماه             | diacritics and ة
            شُهَدَاءٌ                 | شهدا             | tanween and final hamza
            كفرنبـــودة               | كفرنبوده         | tatweel
            بـ40                     | ب40              | tatweel before digits
            أريحا                     | اريحا            | alef with hamza above
            إدلب                      | ادلب             | alef with hamza below
            آل                        | ال               | alef madda
            ٱلرقة                     | الرقه            | alef wasla
            مؤسسة                     | موسسه            | hamza on waw
            موسسة                     | موسسه            | hamza on waw left out
            بئر عطوان                 | بير عطوان        | hamza on ya
            الأربعاء                  | الاربعا          | standalone hamza
            سماء                      | سما              | standalone hamza
            مدرسة                     | مدرسه            | ta marbuta
            مدرسه                     | مدرسه            | ta marbuta written as ha
            مستشفى                    | مستشفي           | alef maqsura
            علي                       | علي              | final ya
            کفر یحمول                 | كفر يحمول        | Persian kaf and ya
            گوندا                     | كوندا            | gaf
            ڤيينا                     | فيينا            | veh
            پاريس                     | باريس            | peh
            چمچمال                    | جمجمال           | tcheh
            ٣ آذار ۱۲                 | 3 اذار 12        | Arabic-Indic and Persian digits
            ٣٫٥ كم                    | 3.5 كم           | Arabic decimal separator
            3.5 كم                    | 3.5 كم           | decimal point
            كفر\\u200cنبل             | كفرنبل           | ZWNJ inside a word
            كفرن\\u200fبل             | كفرنبل           | RLM inside a word
            \\u200fحماة\\u200e        | حماه             | bidi marks around a word
            \\u202bإدلب\\u202c        | ادلب             | bidi embedding
            #جبل_الزاوية              | جبل الزاويه      | hashtag and underscore
            معرة-حرمة                 | معره حرمه        | hyphen
            Qal'at  AL-Madiq          | qal at al madiq  | Latin
            """)
    void normalizesRealForms(String input, String expected, String what) {
        assertThat(ArabicNormalizer.normalize(unescape(input))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"كباني", "الكبانة", "وبكفرنبل", "مؤسسة", "٣٫٥"})
    void isIdempotent(String input) {
        String once = ArabicNormalizer.normalize(input);
        assertThat(ArabicNormalizer.normalize(once)).isEqualTo(once);
    }

    /** The table's {@code \\uXXXX} escapes as the characters they name. */
    static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
