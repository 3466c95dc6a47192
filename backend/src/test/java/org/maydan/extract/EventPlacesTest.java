package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which of a group's places each event type takes, and the count each gets; events written
 * {@code TYPE@place@fatalities} and joined by {@code ;}. No destination but a displacement's, no
 * origin of fire, no agreement abroad. The places of the test gazetteer.
 */
class EventPlacesTest {

    private static final EventDate SUNDAY = new EventDate(LocalDate.parse("2019-05-19"), 1, true);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            نزحت مئات العائلات من معرة النعمان إلى أريحا           | DISPLACEMENT@معرة النعمان@null
            نزحت مئات العائلات إلى أريحا                          | DISPLACEMENT@أريحا@null
            أعلن الطرفان خلال محادثات في حلب وقف إطلاق النار في سراقب | AGREEMENT@سراقب@null
            سيطرت الفصائل على كفرزيتا، ووصلت إلى اللطامنة          | NON_STATE_ACTOR_OVERTAKES_TERRITORY@كفرزيتا@null
            قتل تسعة في كفرنبل وثلاثة في تلمنس بغارات جوية          | AIR_DRONE_STRIKE@كفرنبل@9;AIR_DRONE_STRIKE@تلمنس@3
            قتل أربعة مدنيين بغارات على كفرنبل وتلمنس               | AIR_DRONE_STRIKE@كفرنبل@4;AIR_DRONE_STRIKE@تلمنس@4
            قصفت المدفعية كفرنبل من حماة                          | SHELLING_ARTILLERY_MISSILE@كفرنبل@null
            أطلقت الفصائل قذائف من بلدة تلمنس على حماة              | SHELLING_ARTILLERY_MISSILE@حماة@null
            قصفت الطائرات كلا من تلمنس وسحال                       | AIR_DRONE_STRIKE@تلمنس@null;AIR_DRONE_STRIKE@سحال@null
            قصفت المدفعية مناطق بالقرب من سراقب                   | SHELLING_ARTILLERY_MISSILE@سراقب@null
            نزحت عائلات من تلمنس نحو أريحا                         | DISPLACEMENT@تلمنس@null
            سيطرت الفصائل على تلمنس وتقدمت باتجاه سراقب             | NON_STATE_ACTOR_OVERTAKES_TERRITORY@تلمنس@null
            قصفت الطائرات سراقب منذ نحو أربعة أيام وتلمنس           | AIR_DRONE_STRIKE@سراقب@null;AIR_DRONE_STRIKE@تلمنس@null
            أعلنت روسيا وتركيا هدنة في أنقرة                       | ''
            أشار المرصد إلى مقتل خمسة في تلمنس وسحال بغارات         | AIR_DRONE_STRIKE@تلمنس@5;AIR_DRONE_STRIKE@سحال@5
            أشار ناشطون إلى أن الطائرات قصفت تلمنس وسحال            | AIR_DRONE_STRIKE@تلمنس@null;AIR_DRONE_STRIKE@سحال@null
            وصل نازحو بلدة تلمنس إلى مدينة أريحا                    | DISPLACEMENT@تلمنس@null
            وصل مهجرو بلدتي كفرنبل وسحال إلى مدينة سراقب            | DISPLACEMENT@كفرنبل@null;DISPLACEMENT@سحال@null
            استقبلت مدينة أريحا أهالي بلدة تلمنس النازحين            | DISPLACEMENT@تلمنس@null
            بدأ تهجير أهالي بلدة سحال إلى مدينة سراقب                | DISPLACEMENT@سحال@null
            وصل النازحون إلى مدينة أريحا                           | DISPLACEMENT@أريحا@null
            وزعت المساعدات على أهالي بلدة تلمنس والنازحين في مدينة أريحا | ''
            قصفت المدفعية كفرنبل، ليرتفع إلى 300 عدد القذائف خلال الأيام الـ 12 الماضية على قرى مثل تلمنس وسحال | SHELLING_ARTILLERY_MISSILE@كفرنبل@null
            قصفت المدفعية كفرنبل، وبذلك يرتفع عدد القذائف التي سقطت على تلمنس وسحال خلال أسبوعين إلى 300 | SHELLING_ARTILLERY_MISSILE@كفرنبل@null
            قصفت المدفعية كفرنبل، ثم قصفت تلمنس وسحال                | SHELLING_ARTILLERY_MISSILE@كفرنبل@null;SHELLING_ARTILLERY_MISSILE@تلمنس@null;SHELLING_ARTILLERY_MISSILE@سحال@null
            قصفت المدفعية حي كفرنبل الغربي وقرية تلمنس                 | SHELLING_ARTILLERY_MISSILE@كفرنبل@null;SHELLING_ARTILLERY_MISSILE@تلمنس@null
            غادر مئات المدنيين مدينة سراقب إلى أريحا                 | DISPLACEMENT@سراقب@null
            بدأ سكان بلدة تلمنس بمغادرة منازلهم نحو أريحا               | DISPLACEMENT@تلمنس@null
            غادر الوفد مدينة سراقب إلى أريحا                        | ''
            منعت الحواجز المدنيين من مغادرة مدينة سراقب               | ''
            وصل مئات الأشخاص ممن غادروا البلدة إلى مدينة أريحا          | ''
            خرج مئات المدنيين من مدينة سراقب باتجاه أريحا             | DISPLACEMENT@سراقب@null
            المدنيون يخرجون من بلدة تلمنس نحو أريحا                   | DISPLACEMENT@تلمنس@null
            خرج المتظاهرون في مدينة سراقب                             | ''
            خرج وفد من الأهالي من مدينة سراقب للتفاوض                  | ''
            اتفق الطرفان على هدنة تقضي بخروج المدنيين من مدينة سراقب     | AGREEMENT@سراقب@null
            """)
    void givesEachTypeItsPlacesAndCounts(String sentence, String expected) {
        ReadText read = ReadText.of(sentence);
        PlaceEligibility eligibility = new PlaceEligibility(read.tokens(), read.mentions());
        List<CueLexicon.Match> cues = read.cues().get(0);
        List<PlaceMention> places = eligibility.eligible(0, read.tokens().size(), cues);
        TriggerGrouping grouping = new TriggerGrouping(read.tokens().tokens(), null);
        List<TriggerGroup> groups = grouping.groups(read.triggers(0), places);
        grouping.assign(groups, places, cues);
        FatalityParser.Reading reading = FatalityParser.read(read.tokens().tokens(), cues, 0, read.tokens().size(),
                new boolean[read.tokens().size()]);

        List<EventCandidate> out = new ArrayList<>();
        for (TriggerGroup g : groups) {
            new EventPlaces(read.tokens().tokens()).add(out, g, SUNDAY, reading, read.sentence(0), cues, null);
        }

        assertThat(String.join(";", out.stream()
                .map(c -> c.type() + "@" + c.mention().place().surface() + "@" + c.fatalities()).toList()))
                .isEqualTo(expected);
    }
}
