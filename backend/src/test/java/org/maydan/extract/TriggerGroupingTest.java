package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How the triggers of a sentence group and which places each group takes; groups are written
 * {@code TYPE+TYPE:place,place} and joined by {@code ;}. Not a place after a contrasting
 * connective, ground taken "of it" elsewhere, nor an actor's seat; a relative clause is about the
 * place before it. The places of the test gazetteer.
 */
class TriggerGroupingTest {

    /** The town an anaphor of the sentence refers to when the sentence names none: تلمنس, named before. */
    private static final PlaceMention TOWN_BEFORE = ReadText.of("تلمنس").mentions().get(0);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            استهدفت غارات جوية كفرنبل وتلمنس وسحال                    | AIR_DRONE_STRIKE:كفرنبل,تلمنس,سحال
            قصفت الطائرات كفرنبل واندلعت اشتباكات في سراقب           | AIR_DRONE_STRIKE:كفرنبل;ARMED_CLASH:سراقب
            قتل اثنان في تلمنس، بقصف صاروخي                           | SHELLING_ARTILLERY_MISSILE:تلمنس
            قتل ثلاثة في سحال، بعد غارات جوية                        | AIR_DRONE_STRIKE:سحال
            تعرضت بلدتا كفرنبل وتلمنس في ريف إدلب، لقصف صاروخي          | SHELLING_ARTILLERY_MISSILE:كفرنبل,تلمنس
            زار الوفد كفرنبل وتلمنس، لقصف صاروخي لاحقاً               | SHELLING_ARTILLERY_MISSILE:
            قصفت المدفعية بلدة كفرزيتا التي سيطرت عليها الفصائل أمس | SHELLING_ARTILLERY_MISSILE:كفرزيتا;NON_STATE_ACTOR_OVERTAKES_TERRITORY:كفرزيتا
            دارت اشتباكات في كفرنبل بإدلب التي سيطرت عليها الفصائل   | ARMED_CLASH:كفرنبل;NON_STATE_ACTOR_OVERTAKES_TERRITORY:كفرنبل
            قصفت الطائرات كفرنبل، بينما بقيت سراقب هادئة             | AIR_DRONE_STRIKE:كفرنبل
            شنت الطائرات غارات، بالتزامن مع معارك في سراقب           | AIR_DRONE_STRIKE:;ARMED_CLASH:سراقب
            تبادل الطرفان القذائف فيما بينهما على تلمنس وسحال         | SHELLING_ARTILLERY_MISSILE:تلمنس,سحال
            ومع سيطرة الفصائل عليها، باتت محافظة حماة مكشوفة         | NON_STATE_ACTOR_OVERTAKES_TERRITORY:
            الفصائل في سراقب قصفت كفرزيتا                            | SHELLING_ARTILLERY_MISSILE:كفرزيتا
            توصلت الفصائل في سراقب لاتفاق مع الروس                   | AGREEMENT:سراقب
            وفي البلدة، قتل شاب أمس برصاص مجهولين                   | ARMED_CLASH:تلمنس
            """)
    void groupsTriggersAndGivesThemTheirPlaces(String sentence, String expected) {
        ReadText read = ReadText.of(sentence);
        PlaceEligibility eligibility = new PlaceEligibility(read.tokens(), read.mentions());
        List<PlaceMention> places = eligibility.eligible(0, read.tokens().size(), read.cues().get(0));
        TriggerGrouping grouping = new TriggerGrouping(read.tokens().tokens(), null, read.mentions());

        List<TriggerGroup> groups = grouping.groups(read.triggers(0), places);
        grouping.assign(groups, places, read.cues().get(0));
        TriggerGroup before = null;
        for (TriggerGroup g : groups) {
            grouping.fillEmpty(g, before, read.cues().get(0), places, TOWN_BEFORE);
            before = g;
        }

        assertThat(describe(read, groups)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت المدفعية حماة. وقتل اثنان بغارة جوية على المدينة          | 1 | AIR_DRONE_STRIKE:حماة
            قصفت المدفعية كفرنبل. وعاودت الطائرات قصف أحياء المدينة      | 1 | AIR_DRONE_STRIKE:كفرنبل
            """)
    void anAnaphorTakesTheLastTownNamedBefore(String text, int sentence, String expected) {
        ReadText read = ReadText.of(text);
        PlaceMention lastSpecific = read.mentions().get(0);
        TriggerGrouping grouping = new TriggerGrouping(read.tokens().tokens(), null);
        List<CueLexicon.Match> cues = read.cues().get(sentence);

        List<TriggerGroup> groups = grouping.groups(read.triggers(sentence), List.of());
        grouping.assign(groups, List.of(), cues);
        grouping.fillEmpty(groups.get(0), null, cues, List.of(), lastSpecific);

        assertThat(describe(read, groups)).isEqualTo(expected);
    }

    private static String describe(ReadText read, List<TriggerGroup> groups) {
        List<String> out = new ArrayList<>();
        for (TriggerGroup g : groups) {
            out.add(g.types.stream().map(Enum::name).collect(Collectors.joining("+")) + ":" + read.surfaces(g.places));
        }
        return String.join(";", out);
    }
}
