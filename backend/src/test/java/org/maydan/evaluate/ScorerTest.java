package org.maydan.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maydan.evaluate.Fixtures.KAFR_NABL;
import static org.maydan.evaluate.Fixtures.MAARAT_AL_NUMAN;
import static org.maydan.evaluate.Fixtures.article;
import static org.maydan.evaluate.Fixtures.gold;
import static org.maydan.evaluate.Fixtures.goldEvent;
import static org.maydan.evaluate.Fixtures.north;
import static org.maydan.evaluate.Fixtures.predicted;
import static org.maydan.evaluate.Fixtures.predictedEvent;
import static org.maydan.evaluate.Fixtures.prediction;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.gazetteer.AdminBoundaries;
import org.maydan.gazetteer.GeoPoint;

class ScorerTest {

    private static final String AIR = "Air/drone strike";
    private static final String SHELLING = "Shelling/artillery/missile attack";

    private static final GeoPoint STRIP_WEST = new GeoPoint(35.05, 36.05);
    private static final GeoPoint STRIP_EAST = new GeoPoint(35.05, 36.95);

    private final Scorer byDistance = new Scorer(AdminBoundaries.none());

    @ParameterizedTest(name = "{0} predicted {1} km away matches: {2}")
    @CsvSource({
        "CITY,        4.9,   true",
        "CITY,        5.1,   false",
        "TOWN,        4.9,   true",
        "VILLAGE,     5.1,   false",
        "OTHER,       9.9,   true",
        "OTHER,      10.1,   false",
        "REGION,     24.9,   true",
        "REGION,     25.1,   false",
        "GOVERNORATE, 49.9,  true",
        "GOVERNORATE, 50.1,  false",
        "COUNTRY,   299.0,   true",
        "COUNTRY,   301.0,   false",
    })
    void aPlaceMatchesWithinItsGoldKindsTolerance(GoldKind kind, double km, boolean matches) {
        ArticleScore score = byDistance.score(
                article("a", List.of(gold("كفرنبل", kind, KAFR_NABL)), List.of()),
                prediction("a", List.of(predicted("كفرنبل", north(KAFR_NABL, km))), List.of()));

        assertThat(score.places()).isEqualTo(matches ? new Counts(1, 0, 0) : new Counts(0, 1, 1));
    }

    @ParameterizedTest(name = "{0} {1} at {2},{3} with boundaries={4}: {5}")
    @CsvSource({
        "GOVERNORATE, pcode:SY99,   35.05, 36.95, true,  true",   // 82 km away but inside the strip
        "GOVERNORATE, pcode:SY99,   35.30, 36.05, true,  false",  // 28 km away but outside the strip
        "GOVERNORATE, pcode:SY99,   35.30, 36.05, false, true",   // no boundaries: 50 km tolerance
        "GOVERNORATE, pcode:SY99,   35.05, 36.95, false, false",
        "REGION,      pcode:SY9901, 35.05, 36.95, true,  true",   // second part of a multipolygon
        "REGION,      pcode:SY9901, 35.05, 36.50, true,  false",  // between the two parts, 41 km
        "REGION,      pcode:SY77,   35.10, 36.05, true,  true",   // unknown P-code: 25 km tolerance
        "VILLAGE,     pcode:SY99,   35.05, 36.95, true,  false",  // only governorates and regions use boundaries
    })
    void governoratesAndRegionsWithAPcodeMatchAnywhereInsideTheirBoundary(GoldKind kind, String ref, double lat,
            double lon, boolean withBoundaries, boolean matches) throws Exception {
        Scorer scorer = new Scorer(withBoundaries ? fixtureBoundaries() : AdminBoundaries.none());

        ArticleScore score = scorer.score(
                article("a", List.of(gold("الشريط", kind, STRIP_WEST, ref)), List.of()),
                prediction("a", List.of(predicted("الشريط", new GeoPoint(lat, lon))), List.of()));

        assertThat(score.places().truePositives()).isEqualTo(matches ? 1 : 0);
    }

    @Test
    void twoPredictionsNearOneGoldPlaceCountOnce() {
        ArticleScore score = byDistance.score(
                article("a", List.of(gold("كفرنبل", GoldKind.TOWN, KAFR_NABL)), List.of()),
                prediction("a", List.of(predicted("كفرنبل", north(KAFR_NABL, 1)),
                        predicted("كفر نبل", north(KAFR_NABL, 2))), List.of()));

        assertThat(score.places()).isEqualTo(new Counts(1, 1, 0));
        assertThat(score.misses()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(Miss.Kind.FALSE_POSITIVE);
            assertThat(m.item()).startsWith("كفر نبل");
            assertThat(m.reason()).contains("2.0 km", "taken by another match");
        });
    }

    @Test
    void aPredictionNamingAGoldPlaceWithoutCoordinatesIsNeitherRightNorWrong() {
        ArticleScore score = byDistance.score(
                article("a", List.of(gold("ريف إدلب الجنوبي", GoldKind.REGION, null),
                        gold("كفرنبل", GoldKind.TOWN, KAFR_NABL)), List.of()),
                prediction("a", List.of(predicted("بريف ادلب الجنوبي", KAFR_NABL),
                        predicted("تل النمر", MAARAT_AL_NUMAN)), List.of()));

        assertThat(score.places()).isEqualTo(new Counts(0, 1, 1));
        assertThat(score.neutralPlaces()).isEqualTo(1);
        assertThat(score.excludedGoldPlaces()).isEqualTo(1);
    }

    @ParameterizedTest(name = "gold {0} on {1}, predicted {2} on {3} at {4} km: strict {5}, any date {6}, any type {7}")
    @CsvSource({
        "Air/drone strike, 2019-05-19, Air/drone strike,                  2019-05-19, 1, true,  true,  true",
        "Air/drone strike, 2019-05-19, Air/drone strike,                  2019-05-18, 1, false, true,  false",
        "Air/drone strike,           , Air/drone strike,                  2019-05-18, 1, true,  true,  true",
        "Air/drone strike,           , Air/drone strike,                            , 1, true,  true,  true",
        "Air/drone strike, 2019-05-19, Air/drone strike,                            , 1, false, true,  false",
        "Air/drone strike, 2019-05-19, Shelling/artillery/missile attack, 2019-05-19, 1, false, false, true",
        "Air/drone strike, 2019-05-19, Air/drone strike,                  2019-05-19, 6, false, false, false",
    })
    void anEventMatchesOnTypePlaceAndDateAndTheRelaxedScoresDropOneOfThem(String goldType, String goldDate,
            String predictedType, String predictedDate, double km, boolean strict, boolean anyDate, boolean anyType) {
        ArticleScore score = byDistance.score(
                article("a", List.of(gold("كفرنبل", GoldKind.TOWN, KAFR_NABL)),
                        List.of(goldEvent(goldType, "كفرنبل", goldDate))),
                prediction("a", List.of(), List.of(predictedEvent(predictedType, "كفرنبل", north(KAFR_NABL, km),
                        predictedDate))));

        assertThat(score.events(EventRule.STRICT).truePositives()).isEqualTo(strict ? 1 : 0);
        assertThat(score.events(EventRule.ANY_DATE).truePositives()).isEqualTo(anyDate ? 1 : 0);
        assertThat(score.events(EventRule.ANY_TYPE).truePositives()).isEqualTo(anyType ? 1 : 0);
    }

    @Test
    void aMissedEventSaysWhichFieldTheNearestPredictionGotWrong() {
        ArticleScore score = scoreAgainstAirStrikeOnKafrNabl(List.of(predictedEvent(AIR, "كفرنبل", KAFR_NABL, "2019-05-18"),
                predictedEvent(SHELLING, "معرة النعمان", MAARAT_AL_NUMAN, "2019-05-19")));

        assertThat(score.misses())
                .filteredOn(m -> m.layer() == Miss.Layer.EVENT && m.kind() == Miss.Kind.FALSE_NEGATIVE).singleElement()
                .satisfies(m -> assertThat(m.reason()).contains("wrong date: predicted 2019-05-18, gold 2019-05-19"));
        assertThat(score.misses()).filteredOn(m -> m.item().startsWith(SHELLING)).singleElement()
                .satisfies(m -> assertThat(m.reason()).contains("wrong type", "too far: 10.9 km"));
    }

    @Test
    void twoPredictedEventsForOneGoldEventCountOnce() {
        ArticleScore score = scoreAgainstAirStrikeOnKafrNabl(List.of(predictedEvent(AIR, "كفرنبل", KAFR_NABL, "2019-05-19"),
                predictedEvent(AIR, "كفرنبل", north(KAFR_NABL, 1), "2019-05-19")));

        assertThat(score.events(EventRule.STRICT)).isEqualTo(new Counts(1, 1, 0));
        assertThat(score.eventsByType()).containsEntry(AIR, new Counts(1, 1, 0));
    }

    @Test
    void eventsAtGoldPlacesWithoutCoordinatesAreLeftOutWithThePredictionsNamingThem() {
        ArticleScore score = byDistance.score(
                article("a", List.of(gold("سهل الغاب", GoldKind.REGION, null)),
                        List.of(goldEvent(SHELLING, "سهل الغاب", "2019-05-19"))),
                prediction("a", List.of(), List.of(predictedEvent(SHELLING, "سهل الغاب", null, "2019-05-19"),
                        predictedEvent(SHELLING, "كفرنبل", null, "2019-05-19"))));

        assertThat(score.events(EventRule.STRICT)).isEqualTo(new Counts(0, 1, 0));
        assertThat(score.neutralEvents()).isEqualTo(1);
        assertThat(score.excludedGoldEvents()).isEqualTo(1);
    }

    @Test
    void aGoldArticleWithoutPredictionsCountsAsEmptyAndUnknownPredictionIdsAreReported() {
        Evaluation evaluation = byDistance.evaluate(
                List.of(article("a1", List.of(gold("كفرنبل", GoldKind.TOWN, KAFR_NABL)), List.of()),
                        article("a2", List.of(gold("معرة النعمان", GoldKind.CITY, MAARAT_AL_NUMAN)),
                                List.of(goldEvent(AIR, "معرة النعمان", null)))),
                List.of(prediction("a1", List.of(predicted("كفرنبل", KAFR_NABL)), List.of()),
                        prediction("zz", List.of(predicted("كفرنبل", KAFR_NABL)), List.of())));

        assertThat(evaluation.places()).isEqualTo(new Counts(1, 0, 1));
        assertThat(evaluation.events(EventRule.STRICT)).isEqualTo(new Counts(0, 0, 1));
        assertThat(evaluation.unknownIds()).containsExactly("zz");
        assertThat(evaluation.articles()).extracting(ArticleScore::id).containsExactly("a1", "a2");
    }

    /** Scores predicted events against one gold air strike on Kafr Nabl on 2019-05-19. */
    private ArticleScore scoreAgainstAirStrikeOnKafrNabl(List<PredictedEvent> predicted) {
        return byDistance.score(
                article("a", List.of(gold("كفرنبل", GoldKind.TOWN, KAFR_NABL)),
                        List.of(goldEvent(AIR, "كفرنبل", "2019-05-19"))),
                prediction("a", List.of(), predicted));
    }

    private static AdminBoundaries fixtureBoundaries() throws IOException {
        return AdminBoundaries.read(Fixtures.boundariesDir());
    }
}
