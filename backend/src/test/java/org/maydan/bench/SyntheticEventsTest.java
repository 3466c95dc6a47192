package org.maydan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.maydan.export.ExportEvent;

class SyntheticEventsTest {

    private static final int SAMPLE = 50_000;
    private static final long SEED = 42;
    private static List<SyntheticEvent> sample;

    @BeforeAll
    static void generate() {
        sample = take(new SyntheticEvents(ShippedCommunities.get(), SEED).events(SAMPLE));
    }

    private static List<SyntheticEvent> take(Iterator<SyntheticEvent> events) {
        List<SyntheticEvent> list = new ArrayList<>();
        events.forEachRemaining(list::add);
        return list;
    }

    private static double share(java.util.function.Predicate<ExportEvent> test) {
        return sample.stream().map(SyntheticEvent::event).filter(test).count() / (double) SAMPLE;
    }

    @Test
    void theSameSeedGivesTheSameEventsAndAnotherSeedOthers() {
        List<SyntheticEvent> again = take(new SyntheticEvents(ShippedCommunities.get(), SEED).events(1000));
        List<SyntheticEvent> other = take(new SyntheticEvents(ShippedCommunities.get(), SEED + 1).events(1000));

        assertThat(again).isEqualTo(sample.subList(0, 1000));
        assertThat(other).isNotEqualTo(again);
    }

    @Test
    void distinctEventsHaveDistinctNaturalKeysAndIdsOneToN() {
        List<SyntheticEvent> distinct = take(new SyntheticEvents(ShippedCommunities.get(), SEED)
                .distinctEvents(SAMPLE));

        assertThat(distinct).hasSize(SAMPLE);
        assertThat(distinct.stream().map(s -> s.event().subEventType() + s.placeRef() + s.event().eventDate())
                .distinct().count()).isEqualTo(SAMPLE);
        assertThat(distinct.stream().mapToLong(s -> s.event().id()).toArray())
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, SAMPLE).toArray());
        long repeatedKeys = sample.stream().map(s -> s.event().subEventType() + s.placeRef() + s.event().eventDate())
                .distinct().count();
        assertThat(repeatedKeys).as("the raw draw repeats keys, which the store would merge").isLessThan(SAMPLE);
    }

    @Test
    void everyEventFallsIn2017To2020AtARealPlace() {
        Set<String> pcodes = ShippedCommunities.get().stream()
                .flatMap(c -> Stream.of(c.pcode(), c.admin2Pcode())).collect(Collectors.toSet());

        assertThat(sample).allSatisfy(s -> {
            assertThat(s.event().eventDate()).isBetween(SyntheticEvents.FIRST_DAY, SyntheticEvents.LAST_DAY);
            assertThat(pcodes).contains(s.placeRef());
            assertThat(s.event().latitude()).isBetween(32.3, 37.4);
            assertThat(s.event().longitude()).isBetween(35.6, 42.4);
        });
        assertThat(sample).extracting(s -> s.event().id()).startsWith(1L, 2L, 3L);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Air/drone strike                  | 0.336 | 0.02",
        "Shelling/artillery/missile attack | 0.324 | 0.02",
        "Armed clash                       | 0.183 | 0.02",
        "Chemical weapon                   | 0.002 | 0.002",
    })
    void typeMixMatchesTheDocumentedShares(String subEventType, double expected, double tolerance) {
        assertThat(share(e -> e.subEventType().equals(subEventType))).isCloseTo(expected, within(tolerance));
    }

    @Test
    void mostEventsKillNoneToTwoButSomeKillMany() {
        assertThat(share(e -> e.fatalities() <= 2)).isGreaterThan(0.85);
        assertThat(sample).anySatisfy(s -> assertThat(s.event().fatalities()).isGreaterThan(50));
        assertThat(sample).allSatisfy(s ->
                assertThat(s.event().fatalities()).isBetween(0, SyntheticEvents.MAX_FATALITIES));
    }

    @Test
    void theNorthWestAndDamascusCountrysideDominate() {
        Set<String> frontLine = Set.of("Idleb", "Hama", "Aleppo", "Lattakia", "Rural Damascus", "Dar'a");

        assertThat(share(e -> frontLine.contains(e.admin1()))).isGreaterThan(0.7);
    }

    @Test
    void theNorthHamaOffensiveBurstsInMay2019() {
        Campaign offensive = Campaign.SYRIA_2017_2020.get(5);
        long mayInBox = sample.stream().map(SyntheticEvent::event)
                .filter(e -> e.eventDate().getYear() == 2019 && e.eventDate().getMonthValue() == 5)
                .filter(e -> inBox(offensive, e)).count();
        long may2017InBox = sample.stream().map(SyntheticEvent::event)
                .filter(e -> e.eventDate().getYear() == 2017 && e.eventDate().getMonthValue() == 5)
                .filter(e -> inBox(offensive, e)).count();

        assertThat(mayInBox).isGreaterThan(3 * may2017InBox);
    }

    @Test
    void placesClusterAFewCommunitiesCarryMuchOfTheLoad() {
        Map<String, Long> perPlace = sample.stream()
                .collect(Collectors.groupingBy(SyntheticEvent::placeRef, Collectors.counting()));
        long[] counts = perPlace.values().stream().mapToLong(Long::longValue).sorted().toArray();
        long top100 = Arrays.stream(counts).skip(Math.max(0, counts.length - 100)).sum();

        assertThat(top100 / (double) SAMPLE).isGreaterThan(0.3);
    }

    @Test
    void notesAreArabicAndNameThePlace() {
        assertThat(sample.subList(0, 200)).allSatisfy(s -> {
            assertThat(s.event().notes()).matches(".*[\\u0600-\\u06FF].*");
            assertThat(s.event().notes()).contains(s.event().locationAr());
        });
    }

    static Stream<Campaign> campaigns() {
        return Campaign.SYRIA_2017_2020.stream();
    }

    @ParameterizedTest
    @MethodSource("campaigns")
    void everyCampaignBoxHoldsRealCommunities(Campaign campaign) {
        assertThat(ShippedCommunities.get().stream().filter(campaign::contains).count()).isGreaterThan(10);
        assertThat(campaign.from()).isBefore(campaign.to()).isAfterOrEqualTo(LocalDate.of(2017, 1, 1));
    }

    private static boolean inBox(Campaign c, ExportEvent e) {
        return e.longitude() >= c.minLon() && e.longitude() <= c.maxLon()
                && e.latitude() >= c.minLat() && e.latitude() <= c.maxLat();
    }

    @ParameterizedTest
    @CsvSource({"0, دون ورود أنباء عن ضحايا", "1, ما أدى إلى مقتل شخص", "2, ما أدى إلى مقتل شخصين",
        "7, ما أدى إلى مقتل 7 أشخاص", "23, ما أدى إلى مقتل 23 شخصاً"})
    void tollPhrasesAgreeWithTheNumber(int fatalities, String phrase) {
        assertThat(ArabicNotes.toll(fatalities)).isEqualTo(phrase);
    }

}
