package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Clash or change of control, by ACLED's coding: a battle that ends with ground taken is that
 * change, not also a clash, unless the clash reports its own casualties or follows the capture.
 * Groups written {@code TYPE+TYPE:place,place}, joined by {@code ;}; groups left with no type are
 * not written. The places of the test gazetteer.
 */
class ControlPrecedenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            سيطرت الفصائل على كفرزيتا بعد اشتباكات مع قوات النظام               | NON_STATE_ACTOR_OVERTAKES_TERRITORY:كفرزيتا
            سيطرت قوات النظام على سراقب عقب معارك عنيفة                         | GOVERNMENT_REGAINS_TERRITORY:سراقب
            سيطرت الفصائل على كفرزيتا بعد معارك أسفرت عن مقتل عشرة عناصر        | NON_STATE_ACTOR_OVERTAKES_TERRITORY:كفرزيتا;ARMED_CLASH:كفرزيتا
            اشتدت الاشتباكات في كفرزيتا بعد سيطرة الفصائل على اللطامنة          | ARMED_CLASH:كفرزيتا;NON_STATE_ACTOR_OVERTAKES_TERRITORY:اللطامنة
            دارت اشتباكات في تلمنس، وسيطرت الفصائل على كفرزيتا                   | ARMED_CLASH:تلمنس;NON_STATE_ACTOR_OVERTAKES_TERRITORY:كفرزيتا
            دارت اشتباكات عنيفة في سراقب                                         | ARMED_CLASH:سراقب
            """)
    void aChangeOfControlWinsOverTheClashThatBroughtIt(String sentence, String expected) {
        ReadText read = ReadText.of(sentence);
        List<CueLexicon.Match> cues = read.cues().get(0);
        List<PlaceMention> places = new PlaceEligibility(read.tokens(), read.mentions())
                .eligible(0, read.tokens().size(), cues);
        TriggerGrouping grouping = new TriggerGrouping(read.tokens().tokens(), null, read.mentions());
        List<EventClassifier.Trigger> triggers = read.triggers(0);
        List<TriggerGroup> groups = grouping.groups(triggers, places);
        grouping.assign(groups, places, cues);
        TriggerGroup before = null;
        for (TriggerGroup g : groups) {
            grouping.fillEmpty(g, before, cues, places, null);
            before = g;
        }

        ControlPrecedence.resolve(groups, triggers, read.tokens().tokens(), cues);

        List<String> out = new ArrayList<>();
        for (TriggerGroup g : groups) {
            if (!g.types.isEmpty()) {
                out.add(g.types.stream().map(Enum::name).collect(Collectors.joining("+")) + ":" + read.surfaces(g.places));
            }
        }
        assertThat(String.join(";", out)).isEqualTo(expected);
    }
}
