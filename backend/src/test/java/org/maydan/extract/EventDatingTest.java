package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a sentence's event group is dated: {@code date/precision/explicit} of the first group of the
 * last sentence, published on Sunday 19 May 2019; {@code none} when the group reports nothing new.
 */
class EventDatingTest {

    private static final LocalDate SUNDAY = LocalDate.parse("2019-05-19");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات كفرنبل أمس                                      | 2019-05-18/1/true
            قصفت الطائرات كفرنبل                                          | 2019-05-19/1/false
            قصفت الطائرات كفرنبل يوم الجمعة. ثم قصفت سراقب                 | 2019-05-17/1/false
            وكانت الطائرات قد قصفت سراقب                                   | null/3/false
            قصفت المدفعية كفرزيتا التي سيطرت عليها الفصائل أمس            | 2019-05-18/1/true
            'قصفت المدفعية سراقب.\\n— ناشطون (@May 16, 2019)'             | 2019-05-16/1/false
            """)
    void datesAGroupByItsSentenceAndTheArticle(String text, String expected) {
        ReadText read = ReadText.of(text.replace("\\n", "\n"));
        EventDating dating = new EventDating(read.tokens(), SUNDAY);
        LocalDate lead = null;
        EventDate when = null;
        for (int si = 0; si < read.tokens().sentences().size(); si++) {
            List<TriggerGroup> groups = groups(read, si);
            if (!groups.isEmpty()) {
                when = dating.date(groups.get(0), dating.find(si, read.sentence(si), read.cues().get(si)), lead);
                lead = when != null && when.explicit() && lead == null ? when.date() : lead;
            }
        }

        assertThat(when).isNotNull();
        assertThat(when.date() + "/" + when.precision() + "/" + when.explicit()).isEqualTo(expected);
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
        return TriggerGrouping.groups(read.triggers(sentence), eligibility.eligible(read.sentence(sentence).firstToken(),
                read.sentence(sentence).endToken(), read.cues().get(sentence)));
    }
}
