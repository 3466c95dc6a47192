package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a sentence's event group is dated: {@code date/precision/explicit/approximate} of the first
 * group of the last sentence, published on Sunday 19 May 2019; {@code none} when the group reports
 * nothing new. An approximate date is the publication day as the latest possible day.
 */
class EventDatingTest {

    private static final LocalDate SUNDAY = LocalDate.parse("2019-05-19");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات كفرنبل أمس                                      | 2019-05-18/1/true/false
            قصفت الطائرات كفرنبل في الثامن من أيار                        | 2019-05-08/1/true/false
            قصفت الطائرات كفرنبل فجر الحادي عشر من الشهر الجاري            | 2019-05-11/1/true/false
            سيطرت الفصائل على كفرنبل في آذار مارس عام 2013                | 2013-03-01/3/true/false
            قصفت الطائرات كفرنبل يوم الجمعة. ثم قصفت سراقب                 | 2019-05-17/1/false/false
            قصفت المدفعية كفرزيتا التي سيطرت عليها الفصائل أمس            | 2019-05-18/1/true/false
            'قصفت المدفعية سراقب.\\n— ناشطون (@May 16, 2019)'             | 2019-05-16/1/false/false
            قصفت الطائرات كفرنبل                                          | 2019-05-19/2/false/true
            وكانت الطائرات قد قصفت سراقب                                   | 2019-05-19/3/false/true
            وسبق أن قصفت الطائرات سراقب                                    | 2019-05-19/3/false/true
            يشار إلى أن المدفعية قصفت كفرزيتا الأسبوع الماضي              | 2019-05-12/2/true/false
            وكانت الفصائل قد سيطرت على كفرزيتا أمس                         | 2019-05-18/1/true/false
            سيطرت قوات النظام مؤخرا على كفرزيتا                            | 2019-05-19/2/false/true
            سيطرت الفصائل على كفرزيتا قبل أيام                             | 2019-05-19/2/false/true
            قصفت الطائرات سراقب أمس. وسيطرت الفصائل على كفرزيتا قبل أيام    | 2019-05-19/2/false/true
            سيطرت الفصائل على كفرزيتا قبل بضعة أيام                        | 2019-05-19/2/false/true
            قصفت الطائرات سراقب أمس. وسيطرت الفصائل على كفرزيتا قبل عدة أيام | 2019-05-19/2/false/true
            سيطرت الفصائل على كفرزيتا قبل بضع سنوات                        | 2019-05-19/3/false/true
            سيطرت قوات النظام في بداية هجومها على كفرزيتا                  | 2019-05-19/3/false/true
            شنت الطائرات غارات على سراقب منذ نحو أربعة أيام               | 2019-05-19/3/false/true
            تقصف المدفعية كفرزيتا منذ صباح اليوم                           | 2019-05-19/1/true/false
            أعلنت روسيا هدنة في إدلب منذ منتصف ليل 18 أيار                  | 2019-05-18/1/true/false
            قصفت الطائرات كفرنبل يوم الجمعة. وكانت المدفعية قد قصفت سراقب   | 2019-05-19/3/false/true
            وكانت المدفعية قصفت سراقب يوم الجمعة. ثم قصفت كفرنبل            | 2019-05-19/2/false/true
            وصلت التعزيزات إلى البلدة يوم الجمعة غداة غارات جوية على كفرنبل | 2019-05-16/1/false/false
            قصفت الطائرات كفرنبل يوم الجمعة غداة سيطرة الفصائل على سراقب  | 2019-05-17/1/true/false
            قصفت الطائرات كفرنبل يوم الجمعة. وجاء ذلك غداة سيطرة الفصائل على سراقب | 2019-05-16/1/false/false
            حلقت الطائرات فوق كفرنبل يوم الجمعة، وذلك بعد يوم من قصف مدفعي على سراقب | 2019-05-16/1/false/false
            قصفت المدفعية سراقب يوم الجمعة بعد يومين من الهدوء                | 2019-05-17/1/true/false
            أمس، سيطرت الفصائل على كفرزيتا قبل يومين                        | 2019-05-17/1/true/false
            أمس، سيطرت الفصائل على كفرزيتا قبل أيام                         | 2019-05-19/2/false/true
            في يوم الجمعة، قصفت الطائرات كفرنبل                              | 2019-05-17/1/true/false
            """)
    void datesAGroupByItsSentenceAndTheArticle(String text, String expected) {
        ReadText read = ReadText.of(text.replace("\\n", "\n"));
        EventDating dating = new EventDating(read.tokens(), SUNDAY);
        LocalDate lead = null;
        EventDate when = null;
        for (int si = 0; si < read.tokens().sentences().size(); si++) {
            List<TriggerGroup> groups = groups(read, si);
            if (!groups.isEmpty()) {
                EventDating.SentenceDates dates = dating.find(si, read.sentence(si), read.cues().get(si));
                when = dating.date(groups.get(0), dates, lead);
                boolean background = dating.background(groups.get(0), dates);
                lead = when != null && when.explicit() && lead == null && !background ? when.date() : lead;
            }
        }

        assertThat(when).isNotNull();
        assertThat(when.date() + "/" + when.precision() + "/" + when.explicit() + "/" + when.approximate())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قتل 500 مدني في إدلب منذ 30 نيسان حتى 18 أيار بغارات جوية
            قصفت الطائرات سراقب خلال الأشهر الماضية
            """)
    void aTallyOverASpanIsNoEvent(String text) {
        assertThat(groups(ReadText.of(text), 0)).isEmpty();
    }

    @Test
    void aRelativeClauseWithoutItsOwnDateReportsNothingNew() {
        ReadText read = ReadText.of("قصفت المدفعية كفرزيتا التي سيطرت عليها الفصائل");
        EventDating dating = new EventDating(read.tokens(), SUNDAY);
        TriggerGroup relative = groups(read, 0).get(1);
        relative.undated = true;

        assertThat(dating.date(relative, dating.find(0, read.sentence(0), read.cues().get(0)), null)).isNull();
    }

    private static List<TriggerGroup> groups(ReadText read, int sentence) {
        PlaceEligibility eligibility = new PlaceEligibility(read.tokens(), read.mentions());
        return new TriggerGrouping(read.tokens().tokens(), null).groups(read.triggers(sentence), eligibility.eligible(read.sentence(sentence).firstToken(),
                read.sentence(sentence).endToken(), read.cues().get(sentence)));
    }
}
