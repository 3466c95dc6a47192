package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.maydan.event.SubEventType;
import org.maydan.gazetteer.Toponym;
import org.maydan.gazetteer.text.Sentence;

/** The article-level merges of sentence events, on candidates built by hand. */
class ArticleMergeTest {

    private static final String TEXT = "جملة أولى. جملة ثانية.";
    private static final Sentence FIRST = new Sentence(0, 10, 0, 2);
    private static final Sentence SECOND = new Sentence(11, 22, 2, 4);
    private static final LocalDate FRIDAY = LocalDate.parse("2019-05-17");
    private static final LocalDate SUNDAY = LocalDate.parse("2019-05-19");
    private static final double CONFIDENCE = 0.8;

    private static final PlaceMention KAFR_NABL = mention("كفرنبل", "town", "Idlib", 5);
    private static final PlaceMention SARAQIB = mention("سراقب", "city", "Idlib", 7);
    private static final PlaceMention IDLIB = mention("إدلب", "governorate", "Idlib", 9);
    private static final PlaceMention HAMA = mention("حماة", "city", "Hama", 11);
    private static final PlaceMention GHAB = mention("سهل الغاب", "region", "Hama", 30);

    @Test
    void oneKindAtOnePlaceOnOneDayIsOneEventWithTheLargestCount() {
        List<ExtractedEvent> events = merge(List.of(KAFR_NABL),
                candidate(SubEventType.AIR_DRONE_STRIKE, KAFR_NABL, SUNDAY, true, 3, FIRST),
                candidate(SubEventType.AIR_DRONE_STRIKE, KAFR_NABL, SUNDAY, true, 5, SECOND));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.fatalities()).isEqualTo(5);
            assertThat(e.evidence()).isEqualTo(FIRST.text(TEXT));
        });
    }

    @Test
    void anInferredDateYieldsToAWrittenOneAndGivesItsCount() {
        List<ExtractedEvent> events = merge(List.of(KAFR_NABL),
                candidate(SubEventType.AIR_DRONE_STRIKE, KAFR_NABL, SUNDAY, false, 9, FIRST),
                candidate(SubEventType.AIR_DRONE_STRIKE, KAFR_NABL, FRIDAY, true, null, SECOND));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date()).isEqualTo(FRIDAY);
            assertThat(e.fatalities()).isEqualTo(9);
        });
    }

    @Test
    void aGovernorateEventYieldsToTheSameEventAtAPlaceInIt() {
        List<ExtractedEvent> events = merge(List.of(IDLIB, KAFR_NABL, HAMA),
                candidate(SubEventType.AIR_DRONE_STRIKE, IDLIB, SUNDAY, true, null, FIRST),
                candidate(SubEventType.AIR_DRONE_STRIKE, KAFR_NABL, SUNDAY, true, null, FIRST),
                candidate(SubEventType.SHELLING_ARTILLERY_MISSILE, IDLIB, SUNDAY, true, null, FIRST),
                candidate(SubEventType.SHELLING_ARTILLERY_MISSILE, HAMA, SUNDAY, true, null, FIRST));

        assertThat(events).extracting(e -> e.subEventType() + "@" + e.place().surface())
                .containsExactly("AIR_DRONE_STRIKE@كفرنبل", "SHELLING_ARTILLERY_MISSILE@إدلب",
                        "SHELLING_ARTILLERY_MISSILE@حماة");
    }

    @Test
    void aCountrysideYieldsToAPlaceInItsGovernorateHoweverTheTextWordsIt() {
        // الريف الحموي is ريف حماة: the region's name, not the surface, says it is a countryside
        ExtractedPlace region = new ExtractedPlace(0, 12, "الريف الحموي", "region:pcode:SY05:all",
                "Hama countryside", "ريف حماة", "region", 35.2, 36.9, "Hama", 0.9, 2);
        PlaceMention countryside = new PlaceMention(region, 3, 5);
        PlaceMention town = mention("اللطامنة", "town", "Hama", 7);

        assertThat(merge(List.of(countryside, town),
                candidate(SubEventType.SHELLING_ARTILLERY_MISSILE, countryside, SUNDAY, true, null, FIRST),
                candidate(SubEventType.SHELLING_ARTILLERY_MISSILE, town, SUNDAY, true, null, FIRST)))
                .singleElement().extracting(e -> e.place().surface()).isEqualTo("اللطامنة");
    }

    @Test
    void aNamedRegionYieldsOnlyToAPlaceTheTextPutsInsideIt() {
        PlaceMention hamaInGhab = new PlaceMention(HAMA.place(), 11, 12);
        PlaceMention ghabAfterHama = new PlaceMention(GHAB.place(), 13, 14);

        assertThat(merge(List.of(HAMA, GHAB),
                candidate(SubEventType.ARMED_CLASH, GHAB, SUNDAY, true, null, FIRST),
                candidate(SubEventType.ARMED_CLASH, HAMA, SUNDAY, true, null, FIRST))).hasSize(2);
        assertThat(merge(List.of(hamaInGhab, ghabAfterHama),
                candidate(SubEventType.ARMED_CLASH, ghabAfterHama, SUNDAY, true, null, FIRST),
                candidate(SubEventType.ARMED_CLASH, hamaInGhab, SUNDAY, true, null, FIRST)))
                .singleElement().extracting(e -> e.place().surface()).isEqualTo("حماة");
    }

    @Test
    void anAreaYieldsToAPlaceWithinItsExtent() {
        PlaceMention ghouta = new PlaceMention(place("الغوطة", "region", 33.55, 36.45), 3, 4, Toponym.Cue.NONE, "SY", 12.0, false);
        PlaceMention douma = new PlaceMention(place("دوما", "city", 33.57, 36.40), 9, 10);
        PlaceMention far = new PlaceMention(place("بعيدة", "village", 33.90, 36.90), 9, 10);

        assertThat(merge(List.of(ghouta, douma),
                candidate(SubEventType.GOVERNMENT_REGAINS_TERRITORY, ghouta, SUNDAY, true, null, FIRST),
                candidate(SubEventType.GOVERNMENT_REGAINS_TERRITORY, douma, SUNDAY, true, null, SECOND)))
                .singleElement().extracting(e -> e.place().surface()).isEqualTo("دوما");
        assertThat(merge(List.of(ghouta, far),
                candidate(SubEventType.GOVERNMENT_REGAINS_TERRITORY, ghouta, SUNDAY, true, null, FIRST),
                candidate(SubEventType.GOVERNMENT_REGAINS_TERRITORY, far, SUNDAY, true, null, SECOND))).hasSize(2);
    }

    @Test
    void aCityEventYieldsToTheSameKindInOneOfItsQuartersOnItsDay() {
        PlaceMention quarter = new PlaceMention(place("الشيخ مقصود", "other", 36.236, 37.152), 5, 7, Toponym.Cue.SETTLEMENT_NOUN,
                "SY", null, true);
        PlaceMention village = new PlaceMention(place("قرية", "village", 36.236, 37.152), 5, 6);

        assertThat(clashesBesideAleppo(quarter, SUNDAY)).containsExactly("الشيخ مقصود");
        // another day, or a village near the city rather than a quarter of it: two events
        assertThat(clashesBesideAleppo(quarter, FRIDAY)).containsExactly("الشيخ مقصود", "حلب");
        assertThat(clashesBesideAleppo(village, SUNDAY)).containsExactly("قرية", "حلب");
    }

    /** The places of the merged clashes at {@code near} on {@code day} and at the city of Aleppo on Sunday. */
    private static List<String> clashesBesideAleppo(PlaceMention near, LocalDate day) {
        PlaceMention aleppo = new PlaceMention(place("حلب", "city", 36.206, 37.152), 9, 10);
        return merge(List.of(near, aleppo), candidate(SubEventType.ARMED_CLASH, near, day, true, null, FIRST),
                candidate(SubEventType.ARMED_CLASH, aleppo, SUNDAY, true, null, FIRST)).stream()
                .map(e -> e.place().surface()).toList();
    }

    @Test
    void anAreaWithoutAWrittenDayYieldsToAPlaceInsideItOnAnyDay() {
        List<ExtractedEvent> events = merge(List.of(IDLIB, KAFR_NABL),
                candidate(SubEventType.AIR_DRONE_STRIKE, IDLIB, SUNDAY, false, null, FIRST),
                candidate(SubEventType.AIR_DRONE_STRIKE, KAFR_NABL, FRIDAY, true, null, SECOND));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().surface()).isEqualTo("كفرنبل");
            assertThat(e.date()).isEqualTo(FRIDAY);
        });
    }

    @Test
    void aHeadlineAtACityYieldsToTheEventsTheBodyDatesInItsGovernorate() {
        EventCandidate headline = new EventCandidate(SubEventType.AIR_DRONE_STRIKE, SARAQIB,
                EventDate.latest(SUNDAY, 2), null, FIRST, 0, 4, false, CONFIDENCE, true, false);

        assertThat(merge(List.of(SARAQIB, KAFR_NABL), headline,
                candidate(SubEventType.AIR_DRONE_STRIKE, KAFR_NABL, FRIDAY, true, null, SECOND)))
                .singleElement().extracting(e -> e.place().surface()).isEqualTo("كفرنبل");
        assertThat(merge(List.of(SARAQIB, HAMA), headline,
                candidate(SubEventType.AIR_DRONE_STRIKE, HAMA, FRIDAY, true, null, SECOND))).hasSize(2);
        // the body's event on the headline's own day, though the body writes no day either
        assertThat(merge(List.of(SARAQIB, KAFR_NABL), headline,
                candidate(SubEventType.AIR_DRONE_STRIKE, KAFR_NABL, SUNDAY, false, null, SECOND)))
                .singleElement().extracting(e -> e.place().surface()).isEqualTo("كفرنبل");
    }

    @Test
    void oneAgreementPerArticleTakesTheFirstDayWrittenForIt() {
        List<ExtractedEvent> events = merge(List.of(SARAQIB, KAFR_NABL),
                candidate(SubEventType.AGREEMENT, SARAQIB, SUNDAY, false, null, FIRST),
                candidate(SubEventType.AGREEMENT, SARAQIB, FRIDAY, true, null, SECOND),
                candidate(SubEventType.AGREEMENT, KAFR_NABL, SUNDAY, true, null, SECOND));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.place().surface()).isEqualTo("سراقب");
            assertThat(e.date()).isEqualTo(FRIDAY);
        });
    }

    @Test
    void aMergedEventKeepsTheHighestConfidenceAndAWrittenDayOverAnOpenOne() {
        EventCandidate open = new EventCandidate(SubEventType.AIR_DRONE_STRIKE, KAFR_NABL, EventDate.latest(SUNDAY, 2),
                null, FIRST, 0, 4, false, 0.4, false, false);
        EventCandidate lead = new EventCandidate(SubEventType.AIR_DRONE_STRIKE, KAFR_NABL,
                new EventDate(SUNDAY, 1, false), null, SECOND, 11, 15, false, 0.7, false, false);

        assertThat(merge(List.of(KAFR_NABL), open, lead)).singleElement().satisfies(e -> {
            assertThat(e.confidence()).isEqualTo(0.7);
            assertThat(e.dateApproximate()).isFalse();
            assertThat(e.timePrecision()).isEqualTo(1);
        });
    }

    @Test
    void everyAgreementSitsAtTheFirstAgreementPlace() {
        List<ExtractedEvent> events = merge(List.of(SARAQIB, KAFR_NABL),
                candidate(SubEventType.AGREEMENT, SARAQIB, SUNDAY, true, null, FIRST),
                candidate(SubEventType.AGREEMENT, KAFR_NABL, SUNDAY, true, null, SECOND));

        assertThat(events).singleElement().extracting(e -> e.place().surface()).isEqualTo("سراقب");
    }

    private static List<ExtractedEvent> merge(List<PlaceMention> mentions, EventCandidate... candidates) {
        return new ArticleMerge(mentions).merge(List.of(candidates), TEXT);
    }

    private static EventCandidate candidate(SubEventType type, PlaceMention at, LocalDate date, boolean written,
            @Nullable Integer fatalities, Sentence sentence) {
        return new EventCandidate(type, at, new EventDate(date, 1, written), fatalities, sentence, sentence.start(),
                sentence.start() + 4, false, CONFIDENCE, false, false);
    }

    private static ExtractedPlace place(String surface, String kind, double lat, double lon) {
        return new ExtractedPlace(0, surface.length(), surface, "test:" + surface, surface, surface, kind, lat, lon,
                "Damascus", 0.9, "region".equals(kind) ? 2 : 1);
    }

    private static PlaceMention mention(String surface, String kind, String admin1, int token) {
        ExtractedPlace place = new ExtractedPlace(0, surface.length(), surface, "test:" + surface, surface, surface,
                kind, 35.0, 36.5, admin1, 0.9, "governorate".equals(kind) ? 3 : 1);
        return new PlaceMention(place, token, token + 1);
    }
}
