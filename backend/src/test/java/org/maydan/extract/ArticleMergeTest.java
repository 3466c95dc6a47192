package org.maydan.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.maydan.event.SubEventType;
import org.maydan.gazetteer.text.Sentence;

/** The article-level merges of sentence events, on candidates built by hand. */
class ArticleMergeTest {

    private static final String TEXT = "جملة أولى. جملة ثانية.";
    private static final Sentence FIRST = new Sentence(0, 10, 0, 2);
    private static final Sentence SECOND = new Sentence(11, 22, 2, 4);
    private static final LocalDate FRIDAY = LocalDate.parse("2019-05-17");
    private static final LocalDate SUNDAY = LocalDate.parse("2019-05-19");

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
                sentence.start() + 4, false);
    }

    private static PlaceMention mention(String surface, String kind, String admin1, int token) {
        ExtractedPlace place = new ExtractedPlace(0, surface.length(), surface, "test:" + surface, surface, surface,
                kind, 35.0, 36.5, admin1, 0.9, "governorate".equals(kind) ? 3 : 1);
        return new PlaceMention(place, token, token + 1);
    }
}
