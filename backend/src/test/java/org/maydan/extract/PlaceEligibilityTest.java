package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which places of a sentence may place its events: not datelines, asides, locators, sources, seats
 * or exceptions. The places of the test gazetteer.
 */
class PlaceEligibilityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات كفرنبل وسراقب                          | كفرنبل,سراقب
            قصفت الطائرات بلدة كفرنبل (20 كم جنوب سراقب)         | كفرنبل
            قصفت الطائرات بلدة كفرزيتا شمال حماة                 | كفرزيتا
            قصفت الطائرات بلدة تلمنس على بعد 5 كم من كفرنبل       | تلمنس
            قصفت قوات النظام المتمركزة في حماة بلدة اللطامنة     | اللطامنة
            قصفت القوات المتمركزة في حماة وكفرزيتا بلدة اللطامنة | اللطامنة
            سقطت صواريخ على اللطامنة تم إطلاقها من فوق منطقة كفرزيتا | اللطامنة
            سقطت صواريخ على اللطامنة رغم انطلاقها من 3 اتجاهات في حماة وكفرزيتا | اللطامنة
            سقطت على اللطامنة صواريخ أطلقت من سراقب              | اللطامنة
            أعلنت الفصائل وقف إطلاق النار في سراقب               | سراقب
            أطلق المسلحون سراح رهائن من سراقب                    | سراقب
            صدت الفصائل هجوما على محور "الكويرة" (تلمنس)          | تلمنس
            قصفت الطائرات جنوب كفرنبل في سراقب                   | ''
            حلب - قصفت الطائرات بلدة كفرنبل                      | كفرنبل
            حماة 18 أيار 2019 / قصفت الطائرات كفرنبل             | كفرنبل
            المصدر: حلب- وكالات                                  | ''
            15:54 حلب                                            | ''
            سراقب: غارات جوية على المدينة                        | سراقب
            قصفت قوات النظام المنتشرة في حماة بلدة اللطامنة      | اللطامنة
            قصفت الطائرات كفرنبل إضافة إلى تواجد الفصائل في سراقب | كفرنبل
            سيطرت قوات النظام على محافظة حماة باستثناء كفرزيتا واللطامنة | حماة
            قصفت الطائرات كفرنبل في إدلب                         | كفرنبل
            قصفت الطائرات سراقب بإدلب                            | سراقب
            قصفت الطائرات كفرنبل وسراقب في إدلب وتلمنس            | كفرنبل,سراقب,تلمنس
            قصفت الطائرات تلمنس في إدلب ومحافظة حماة              | تلمنس
            قصفت الطائرات قرية تلمنس بمنطقة كفرنبل                | تلمنس
            قصفت الطائرات قرية تلمنس بمدينة سراقب                 | تلمنس,سراقب
            قصفت الطائرات قرية تلمنس بمحافظة إدلب                 | تلمنس
            """)
    void keepsThePlacesAnEventMayTake(String sentence, String expected) {
        ReadText read = ReadText.of(sentence);
        PlaceEligibility eligibility = new PlaceEligibility(read.tokens(), read.mentions());

        assertThat(read.surfaces(eligibility.eligible(0, read.tokens().size(), read.cues().get(0))))
                .isEqualTo(expected);
    }
}
