package org.maydan.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name forms of news text resolve, with the shipped OCHA communities, to the right community. */
class OchaResolutionTest {

    private static final double TOLERANCE_KM = 2.0;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            كفرنبودة           | 35.432232 | 36.490839
            كفر نبودة          | 35.432232 | 36.490839
            وكفرنبودة          | 35.432232 | 36.490839
            فكفرنبودة          | 35.432232 | 36.490839
            بكفر نبودة         | 35.432232 | 36.490839
            كَفْرنَبُودَة         | 35.432232 | 36.490839
            #كفر_نبودة         | 35.432232 | 36.490839
            قلعة المضيق        | 35.414389 | 36.388952
            لقلعة المضيق       | 35.414389 | 36.388952
            وبقلعة المضيق      | 35.414389 | 36.388952
            قلعه المضيق        | 35.414389 | 36.388952
            الكبانة            | 35.718709 | 36.233140
            كبانة              | 35.718709 | 36.233140
            بالكبانة           | 35.718709 | 36.233140
            للكبانة            | 35.718709 | 36.233140
            وبالكبانة          | 35.718709 | 36.233140
            #الكبانة           | 35.718709 | 36.233140
            كباني              | 35.718709 | 36.233140
            وبكفرنبل           | 35.614655 | 36.560266
            كفرنبل             | 35.614655 | 36.560266
            لكفر نبل           | 35.614655 | 36.560266
            معرة حرمة          | 35.547976 | 36.541947
            معرتحرمة           | 35.547976 | 36.541947
            بمعرة حرمة         | 35.547976 | 36.541947
            """)
    void arabicFormsResolveToTheCommunity(String form, double lat, double lon) {
        List<Candidate> candidates = ShippedGazetteer.get().candidates(form);
        assertThat(candidates).as(form).isNotEmpty();
        assertThat(candidates.get(0).place().distanceKm(lat, lon)).as(form).isLessThan(TOLERANCE_KM);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kafr Nabuda      | 35.432232 | 36.490839
            Kafranbuda       | 35.432232 | 36.490839
            Kfar Nabouda     | 35.432232 | 36.490839
            Kafr Nabutha     | 35.432232 | 36.490839
            Qalaat al-Madiq  | 35.414389 | 36.388952
            Qal'at al-Mudiq  | 35.414389 | 36.388952
            Kalaat el Moudiq | 35.414389 | 36.388952
            Kabani           | 35.718709 | 36.233140
            Kabana           | 35.718709 | 36.233140
            Kabbaneh         | 35.718709 | 36.233140
            Kafranbel        | 35.614655 | 36.560266
            Kafr Nubl        | 35.614655 | 36.560266
            Maarat Hurmah    | 35.547976 | 36.541947
            Ma'arrat Harma   | 35.547976 | 36.541947
            """)
    void latinSpellingsFindThePlaceFirst(String query, double lat, double lon) {
        List<Candidate> hits = ShippedGazetteer.get().search(query, 5);
        assertThat(hits).as(query).isNotEmpty();
        assertThat(hits.get(0).place().distanceKm(lat, lon))
                .as(query + " -> " + hits.get(0).place()).isLessThan(TOLERANCE_KM);
    }

    @Test
    void findsNamesInTextWithOffsetsIntoTheOriginalWithoutTheProclitic() {
        String text = "قصفت الطائرات وبكفرنبل و#الكبانة بالبراميل.";
        List<NameMatch> names = ShippedGazetteer.get().findNames(text);
        assertThat(names).extracting(NameMatch::surface).contains("كفرنبل", "الكبانة");
        NameMatch kafrnabl = names.stream().filter(n -> n.surface().equals("كفرنبل")).findFirst()
                .orElseThrow();
        assertThat(kafrnabl.prefix()).isEqualTo("وب");
        assertThat(text.substring(kafrnabl.start(), kafrnabl.end())).isEqualTo("كفرنبل");
        assertThat(kafrnabl.best().place().id()).isEqualTo("pcode:C4068");
    }

    @Test
    void homonymsAreAllReturnedWithTheirAdminPath() {
        List<Candidate> all = ShippedGazetteer.get().candidates("المشيرفة");
        assertThat(all).hasSizeGreaterThanOrEqualTo(12);
        assertThat(all).allSatisfy(c -> assertThat(c.place().admin().admin1Pcode()).isNotNull());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            دخلت الوحدات مدينة كوباني بعد المعارك | كوباني    | 36.889 | 38.352
            قصفت المدفعية مدينة سري كانيه ليلا     | سري كانيه | 36.849 | 40.075
            نزح الأهالي من بلدة كري سبي إلى الرقة   | كري سبي  | 36.691 | 38.948
            """)
    void theKurdishNameOfATownIsTheTown(String text, String surface, double lat, double lon) {
        Toponym t = new Geoparser(ShippedGazetteer.get()).parse(text).stream()
                .filter(x -> x.surface().equals(surface)).findFirst().orElseThrow();
        assertThat(t.place().distanceKm(lat, lon)).isLessThan(2.0);
    }

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
            "المشيرفة, SY10, pcode:C5313",
            "المشيرفة, SY08, pcode:C6785",
            "المشيرفة, SY0205, pcode:C7908"
    })
    void contextChoosesAmongHomonyms(String name, String pcode, String expectedId) {
        Gazetteer g = ShippedGazetteer.get();
        List<Candidate> ranked = g.rank(g.candidates(name), RankingContext.inAdmin(pcode));
        assertThat(ranked.get(0).place().admin().isWithin(pcode)).isTrue();
        if (!pcode.equals("SY08")) {
            assertThat(ranked.get(0).place().id()).isEqualTo(expectedId);
        }
    }

    @Test
    void nearbyPointsChooseAmongHomonyms() {
        Gazetteer g = ShippedGazetteer.get();
        RankingContext nearJisr = new RankingContext(List.of(),
                List.of(new GeoPoint(35.80, 36.32)));
        assertThat(g.rank(g.candidates("المشيرفة"), nearJisr).get(0).place().id())
                .isEqualTo("pcode:C4187");
    }
}
