package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            قصف          | قصف
            اشتباكات     | اشتباكات
            الاشتباكات   | الاشتباكات اشتباكات
            والاشتباكات  | والاشتباكات الاشتباكات اشتباكات
            بغارات       | بغارات غارات
            بالغارات     | بالغارات الغارات غارات
            للسيطره      | للسيطره السيطره سيطره
            وللسيطره     | وللسيطره للسيطره السيطره سيطره
            كفرنبل       | كفرنبل فرنبل
            فكفرنبل      | فكفرنبل كفرنبل فرنبل
            وبكفرنبل     | وبكفرنبل بكفرنبل كفرنبل
            الي          | الي
            وقد          | وقد
            ولقد         | ولقد لقد
            """)
    void readsTheWordWithoutItsProcliticsInAFixedOrder(String norm, String forms) {
        assertThat(ArabicText.forms(norm)).containsExactly(forms.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ب | true
            ي | true
            ـ | true
            ً | true
            z | true
            Q | true
            7 | true
            ٣ | true
            é | true
            ، | false
            . | false
            # | false
            « | false
            – | false
            """)
    void knowsWordChars(char c, boolean wordChar) {
        assertThat(ArabicText.isWordChar(c)).isEqualTo(wordChar);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            أَيّار     | ايار
            مدرسة     | مدرسه
            إدلب      | ادلب
            ١٨        | 18
            May       | may
            """)
    void normalisesLikeTheLexicon(String word, String norm) {
        assertThat(ArabicText.normalize(word)).isEqualTo(norm);
    }
}
