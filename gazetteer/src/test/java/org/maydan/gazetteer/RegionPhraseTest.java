package org.maydan.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Region phrases resolve to a part of a governorate (the shipped OCHA boundaries), not to a city. */
class RegionPhraseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            غارات على ريف حماة الشمالي      | SY05 | 2 | N
            قصف في ريف إدلب الجنوبي        | SY07 | 2 | S
            اشتباكات بريف حلب الغربي        | SY02 | 2 | W
            معارك في ريف اللاذقية الشمالي الشرقي | SY06 | 2 | NE
            نزوح من ريف الرقة               | SY11 | 3 | -
            """)
    void countrysideOfAGovernorateIsARegionInsideIt(String text, String admin1, int precision,
            String side) {
        Gazetteer g = ShippedGazetteer.get();
        NameMatch match = single(g.findNames(text));
        Candidate region = match.best();
        assertThat(region.place().kind()).isEqualTo(PlaceKind.REGION);
        assertThat(region.geoPrecision()).isEqualTo(precision);
        assertThat(region.place().admin().admin1Pcode()).isEqualTo(admin1);
        Place governorate = g.byId("pcode:" + admin1).orElseThrow();
        if (side.contains("N")) {
            assertThat(region.place().lat()).isGreaterThan(governorate.lat() - 0.05);
        }
        if (side.contains("S")) {
            assertThat(region.place().lat()).isLessThan(governorate.lat() + 0.05);
        }
        if (side.contains("W")) {
            assertThat(region.place().lon()).isLessThan(governorate.lon() + 0.05);
        }
    }

    /**
     * A side of a governorate's countryside lies on that side of its seat city, not of the
     * polygon's centroid: Rif Dimashq's desert would put its "west" east of Damascus.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            غارات على ريف دمشق الغربي            | 33.51 | 36.29 | W
            قصف على ريف دمشق الشمالي الغربي       | 33.51 | 36.29 | NW
            اشتباكات في ريف حماة الغربي           | 35.13 | 36.75 | W
            اشتباكات في ريف حلب الشمالي           | 36.20 | 37.16 | N
            """)
    void aSideOfACountrysideLiesOnThatSideOfItsSeat(String text, double seatLat, double seatLon, String side) {
        Place region = single(ShippedGazetteer.get().findNames(text)).best().place();
        assertThat(region.kind()).isEqualTo(PlaceKind.REGION);
        if (side.contains("N")) {
            assertThat(region.lat()).isGreaterThan(seatLat);
        }
        if (side.contains("W")) {
            assertThat(region.lon()).isLessThan(seatLon);
        }
        assertThat(GeoPoint.distanceKm(region.lat(), region.lon(), seatLat, seatLon)).isLessThan(60);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت المدفعية الريف الشمالي لحماة       | الريف الشمالي لحماة       | region:pcode:SY05:n
            غارات على الريف الحموي الشمالي          | الريف الحموي الشمالي      | region:pcode:SY05:n
            غارات على الريف الشمالي الحموي          | الريف الشمالي الحموي      | region:pcode:SY05:n
            اشتباكات في الريف الجنوبي الغربي للاذقية | الريف الجنوبي الغربي للاذقية | region:pcode:SY06:sw
            قصف متقطع على الريف الإدلبي            | الريف الإدلبي             | region:pcode:SY07:all
            نزح الأهالي من أرياف إدلب              | أرياف إدلب                | region:pcode:SY07:all
            """)
    void theCountrysideWithTheArticleAndAnAdjectiveIsTheSameRegion(String text, String surface, String id) {
        NameMatch match = single(ShippedGazetteer.get().findNames(text));
        assertThat(match.surface()).isEqualTo(surface);
        assertThat(match.best().place().id()).isEqualTo(id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            غارات على قرى في ريف مدينة دير الزور الشرقي | ريف مدينة دير الزور الشرقي | SY09
            قصف مدفعي على ريف محافظة إدلب            | ريف محافظة إدلب            | SY07
            غارات على قرى في الريف الغربي لمدينة الرقة | الريف الغربي لمدينة الرقة | SY11
            """)
    void theNounOfTheUnitMayStandBetweenTheCountrysideAndItsName(String text, String surface, String governorate) {
        NameMatch match = single(ShippedGazetteer.get().findNames(text));
        assertThat(match.surface()).isEqualTo(surface);
        assertThat(match.best().place().kind()).isEqualTo(PlaceKind.REGION);
        assertThat(match.best().place().admin().admin1Pcode()).isEqualTo(governorate);
    }

    @Test
    void aHolderNounBeforeAPlaceOfAnotherKindMakesNoPhrase() {
        // محافظة before a city that is no governorate: the phrase is not read through it
        assertThat(ShippedGazetteer.get().findNames("وصل الوفد إلى ريف محافظة منبج"))
                .noneMatch(n -> n.best().quality() == Candidate.MatchQuality.REGION_PHRASE);
    }

    @Test
    void theAreaOfACountrysideEndsAtAComma() {
        NameMatch match = single(ShippedGazetteer.get().findNames("قال مراسلنا في ريف حلب، أن الطائرات قصفت"));
        assertThat(match.surface()).isEqualTo("ريف حلب");
        assertThat(match.best().place().admin().admin1Pcode()).isEqualTo("SY02");
    }

    @Test
    void theCountrysideWithTheArticleAloneNamesNoRegion() {
        // الريف الشمالي refers back to a countryside named before
        assertThat(ShippedGazetteer.get().findNames("وصل الجيش إلى الريف الشمالي أمس"))
                .noneMatch(n -> n.best().quality() == Candidate.MatchQuality.REGION_PHRASE);
        // أرياف is a countryside word here, not a plural of settlement before the city إدلب
        assertThat(new Geoparser(ShippedGazetteer.get()).places("قصفت الطائرات أرياف إدلب وحماة"))
                .extracting(t -> t.place().kind()).containsOnly(PlaceKind.REGION);
    }

    @Test
    void severalGovernoratesGiveOneRegionEach() {
        List<NameMatch> names = ShippedGazetteer.get().findNames("قصف مدفعي على ريفي حماة واللاذقية")
                .stream().filter(n -> n.best().quality() == Candidate.MatchQuality.REGION_PHRASE)
                .toList();
        assertThat(names).hasSize(2);
        assertThat(names).extracting(n -> n.best().place().admin().admin1Pcode())
                .containsExactly("SY05", "SY06");
        assertThat(names.get(1).prefix()).isEqualTo("و");
    }

    @Test
    void twoDirectionsOfOneCountrysideAreOneRegion() {
        NameMatch match = single(ShippedGazetteer.get().findNames("ريفي حماة الجنوبي والشرقي"));
        assertThat(match.best().place().id()).endsWith(":s+e");
    }

    @ParameterizedTest
    @CsvSource({"هجمات في شمال غربي سوريا", "هجمات في الشمال السوري", "شمال غرب سوريا"})
    void partsOfTheCountryHavePrecisionThree(String text) {
        NameMatch match = single(ShippedGazetteer.get().findNames(text));
        assertThat(match.best().geoPrecision()).isEqualTo(3);
        assertThat(match.best().place().lat()).isGreaterThan(34.8);
    }

    private static NameMatch single(List<NameMatch> names) {
        List<NameMatch> regions = names.stream()
                .filter(n -> n.best().quality() == Candidate.MatchQuality.REGION_PHRASE).toList();
        assertThat(regions).hasSize(1);
        return regions.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            نزح الأهالي إلى ريف حلب ومدينة إدلب          | ريف حلب  | إدلب
            غارات على السخنة في ريف حمص وصلخد في السويداء | ريف حمص  | صلخد
            """)
    void aCountrysideListJoinsGovernoratesAndTheirCitiesOnly(String text, String region, String place) {
        List<Toponym> places = new Geoparser(ShippedGazetteer.get()).places(text);
        assertThat(places).extracting(Toponym::surface).contains(region, place);
        assertThat(places).filteredOn(t -> t.surface().equals(place)).singleElement()
                .satisfies(t -> assertThat(t.cue()).isNotEqualTo(Toponym.Cue.REGION_PHRASE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            قصفت الطائرات حمص وريفها اليوم          | REGION      | SY04
            اشتباكات في دمشق وريفها                 | GOVERNORATE | SY03
            غارات على حلب وأريافها                  | REGION      | SY02
            """)
    void aCountrysideWithAPronounIsThatOfThePlaceBefore(String text, PlaceKind kind, String admin1) {
        List<Toponym> places = new Geoparser(ShippedGazetteer.get()).read(text).places();
        assertThat(places).filteredOn(t -> t.surface().contains("رياف") || t.surface().contains("ريف"))
                .singleElement().satisfies(t -> {
                    assertThat(t.place().kind()).isEqualTo(kind);
                    assertThat(t.place().admin().admin1Pcode()).isEqualTo(admin1);
                });
    }

    @Test
    void aCountrysideWithAPronounIsOnePlaceWithTheGovernorateOfItsName() {
        List<Toponym> places = new Geoparser(ShippedGazetteer.get())
                .read("اشتباكات في دمشق وريفها، وقصف على ريف دمشق").places();
        assertThat(places).filteredOn(t -> t.place().kind() == PlaceKind.GOVERNORATE).hasSize(1);
    }

    @Test
    void aCountrysideWithAPronounNeedsAPlaceBefore() {
        assertThat(new Geoparser(ShippedGazetteer.get()).read("زار الوزير بيت أبيه وريفه").places()).isEmpty();
    }
}
