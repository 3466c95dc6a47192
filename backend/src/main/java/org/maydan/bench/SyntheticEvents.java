package org.maydan.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.maydan.event.SubEventType;
import org.maydan.export.ExportEvent;

/**
 * Realistic synthetic conflict events over Syria's real communities, 2017-01-01..2020-12-31,
 * deterministic for a seed: the same seed and places give the same events in the same order.
 *
 * <p>The model: {@value #CAMPAIGN_SHARE_PERCENT}% of events belong to one of the
 * {@link Campaign#SYRIA_2017_2020} offensives (a date inside its window, a community inside its
 * box); the rest are background events whose year follows {@link #YEAR_WEIGHTS} (violence ebbs
 * after 2018) and whose governorate follows {@link #GOVERNORATE_WEIGHTS} (north-west and Damascus
 * countryside heavy). Within a region, communities are drawn by a Zipf law over a seeded
 * popularity order, so a few front-line places collect most events, as in ACLED. The event type
 * mix is {@link EventKind}; fatalities are zero for half of lethal events and otherwise follow a
 * discrete Pareto law (most 1–2, rare massacres), capped at {@value #MAX_FATALITIES}.
 */
final class SyntheticEvents {

    static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2020, 12, 31);
    static final int CAMPAIGN_SHARE_PERCENT = 40;
    static final double ZIPF_EXPONENT = 1.0;
    static final int MAX_FATALITIES = 300;

    /** Relative weights of background events per year. */
    static final Map<Integer, Double> YEAR_WEIGHTS = Map.of(2017, 0.34, 2018, 0.30, 2019, 0.22, 2020, 0.14);

    /** Relative weights of background events per governorate (OCHA admin1 English names). */
    static final Map<String, Double> GOVERNORATE_WEIGHTS = Map.ofEntries(
            Map.entry("Idleb", 0.30), Map.entry("Aleppo", 0.16), Map.entry("Hama", 0.14),
            Map.entry("Rural Damascus", 0.09), Map.entry("Dar'a", 0.07), Map.entry("Deir-ez-Zor", 0.06),
            Map.entry("Lattakia", 0.05), Map.entry("Homs", 0.04), Map.entry("Ar-Raqqa", 0.03),
            Map.entry("Al-Hasakeh", 0.03), Map.entry("Quneitra", 0.01), Map.entry("Damascus", 0.01),
            Map.entry("As-Sweida", 0.005), Map.entry("Tartous", 0.005));

    private static final double NON_LETHAL_SHARE = 0.5;
    private static final double PARETO_ALPHA = 1.5;
    private static final int CHEMICAL_TOLL_FACTOR = 5;
    /** ACLED precision shares: 1 exact day/town, 2 week/near a town, 3 month/district. */
    private static final double[] TIME_PRECISION_SHARES = {0.85, 0.12, 0.03};
    private static final double[] GEO_PRECISION_SHARES = {0.70, 0.25, 0.05};
    private static final int MAX_SOURCES = 3;
    /** The publishers events are attributed to; the load stores one article for each. */
    static final List<String> SOURCES = List.of("Synthetic: local activists",
            "Synthetic: news agency", "Synthetic: monitoring group", "Synthetic: civil defence");

    private final WeightedChoice<Campaign> campaigns;
    private final Map<Campaign, WeightedChoice<Community>> campaignPlaces = new LinkedHashMap<>();
    private final WeightedChoice<String> governorates;
    private final Map<String, WeightedChoice<Community>> governoratePlaces = new LinkedHashMap<>();
    private final WeightedChoice<Integer> years;
    private final WeightedChoice<EventKind> backgroundKinds;
    private final WeightedChoice<EventKind> campaignKinds;
    private final Map<String, Site> districts;
    private final long seed;

    /** Where an event is put: a community, or a district's centroid for district precision. */
    private record Site(String pcode, String nameEn, String nameAr, double lat, double lon) {
    }

    SyntheticEvents(List<Community> places, long seed) {
        this.seed = seed;
        List<Community> byPopularity = new ArrayList<>(places);
        Collections.shuffle(byPopularity, new Random(seed));
        this.campaigns = WeightedChoice.byWeight(Campaign.SYRIA_2017_2020, Campaign::weight);
        for (Campaign campaign : Campaign.SYRIA_2017_2020) {
            campaignPlaces.put(campaign, WeightedChoice.zipf(
                    byPopularity.stream().filter(campaign::contains).toList(), ZIPF_EXPONENT));
        }
        Map<String, List<Community>> byGovernorate = byPopularity.stream()
                .collect(Collectors.groupingBy(Community::admin1En, LinkedHashMap::new, Collectors.toList()));
        List<String> present = GOVERNORATE_WEIGHTS.keySet().stream().sorted()
                .filter(byGovernorate::containsKey).toList();
        this.governorates = WeightedChoice.byWeight(present, GOVERNORATE_WEIGHTS::get);
        present.forEach(g -> governoratePlaces.put(g, WeightedChoice.zipf(byGovernorate.get(g), ZIPF_EXPONENT)));
        this.years = WeightedChoice.byWeight(YEAR_WEIGHTS.keySet().stream().sorted().toList(), YEAR_WEIGHTS::get);
        this.backgroundKinds = WeightedChoice.byWeight(List.of(EventKind.values()), k -> k.backgroundPercent);
        this.campaignKinds = WeightedChoice.byWeight(List.of(EventKind.values()), k -> k.campaignPercent);
        this.districts = places.stream().collect(Collectors.groupingBy(Community::admin2Pcode)).entrySet()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, e -> centroid(e.getValue())));
    }

    private static Site centroid(List<Community> members) {
        Community first = members.get(0);
        return new Site(first.admin2Pcode(), first.admin2En(), first.admin2Ar(),
                members.stream().mapToDouble(Community::lat).average().orElseThrow(),
                members.stream().mapToDouble(Community::lon).average().orElseThrow());
    }

    /** {@code count} events, made one at a time as the iterator is read; ids run 1..count. */
    Iterator<SyntheticEvent> events(long count) {
        SplittableRandom random = new SplittableRandom(seed);
        return new Iterator<>() {
            private long made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public SyntheticEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return event(++made, random);
            }
        };
    }

    /**
     * {@code count} events with distinct natural keys (sub-event type, place, day), as the store
     * holds them: a drawn event whose key was already drawn is a second report of that event, so
     * it is skipped and another is drawn. Ids run 1..count. Deterministic for a seed like
     * {@link #events}; keeps the keys drawn so far in memory (about 100 bytes each). Only
     * sub-event types the store serves ({@link SubEventType}) are kept: the generator also draws
     * ACLED types the extractor does not produce (protests, abductions, looting, disrupted weapons
     * use, about 9% of draws), and the store refuses to read a type it does not know.
     */
    Iterator<SyntheticEvent> distinctEvents(long count) {
        Set<String> keys = new HashSet<>();
        AtomicLong made = new AtomicLong();
        Iterable<SyntheticEvent> drawn = () -> events(Long.MAX_VALUE);
        return StreamSupport.stream(drawn.spliterator(), false)
                .filter(s -> SubEventType.fromLabel(s.event().subEventType()).isPresent())
                .filter(s -> keys.add(s.event().subEventType() + '|' + s.placeRef() + '|' + s.event().eventDate()))
                .limit(count)
                .map(s -> new SyntheticEvent(s.placeRef(), withId(s.event(), made.incrementAndGet())))
                .iterator();
    }

    /**
     * {@link #distinctEvents} in date order, with ids 1..count following it: the layout of a store
     * filled by ingest, where news and so new events arrive roughly in date order. On the embedded
     * store rows are kept in id order, so this is what keeps a month's events together (PostGIS
     * gets the same from {@code CLUSTER}). Holds all {@code count} events in memory, about 500
     * bytes each.
     */
    List<SyntheticEvent> distinctEventsByDate(long count) {
        List<SyntheticEvent> drawn = new ArrayList<>();
        distinctEvents(count).forEachRemaining(drawn::add);
        drawn.sort(Comparator.comparing((SyntheticEvent s) -> s.event().eventDate())
                .thenComparingLong(s -> s.event().id()));
        List<SyntheticEvent> ordered = new ArrayList<>(drawn.size());
        long id = 0;
        for (SyntheticEvent s : drawn) {
            ordered.add(new SyntheticEvent(s.placeRef(), withId(s.event(), ++id)));
        }
        return ordered;
    }

    private static ExportEvent withId(ExportEvent e, long id) {
        return new ExportEvent(id, e.eventDate(), e.timePrecision(), e.eventType(), e.subEventType(), e.admin1(),
                e.admin2(), e.location(), e.locationAr(), e.latitude(), e.longitude(), e.geoPrecision(),
                e.fatalities(), e.notes(), e.source(), e.sourceCount(), e.confidence(), e.dateApproximate());
    }

    private SyntheticEvent event(long id, SplittableRandom random) {
        boolean inCampaign = random.nextInt(100) < CAMPAIGN_SHARE_PERCENT;
        LocalDate date;
        Community place;
        EventKind kind;
        if (inCampaign) {
            Campaign campaign = campaigns.draw(random);
            date = campaign.from().plusDays(random.nextLong(ChronoUnit.DAYS.between(campaign.from(), campaign.to()) + 1));
            place = campaignPlaces.get(campaign).draw(random);
            kind = campaignKinds.draw(random);
        } else {
            LocalDate jan1 = LocalDate.of(years.draw(random), 1, 1);
            date = jan1.plusDays(random.nextInt(jan1.lengthOfYear()));
            place = governoratePlaces.get(governorates.draw(random)).draw(random);
            kind = backgroundKinds.draw(random);
        }
        int fatalities = fatalities(kind, random);
        int geoPrecision = precision(GEO_PRECISION_SHARES, random);
        Site site = geoPrecision == GEO_PRECISION_SHARES.length
                ? districts.get(place.admin2Pcode())
                : new Site(place.pcode(), place.nameEn(), place.nameAr(), place.lat(), place.lon());
        String notes = String.format(kind.templates.get(random.nextInt(kind.templates.size())),
                site.nameAr(), place.admin2Ar(), ArabicNotes.toll(fatalities));
        String source = SOURCES.get(random.nextInt(SOURCES.size()));
        int sourceCount = 1 + random.nextInt(MAX_SOURCES);
        int timePrecision = precision(TIME_PRECISION_SHARES, random);
        return new SyntheticEvent(site.pcode(), new ExportEvent(id, date, timePrecision, kind.eventType,
                kind.subEventType, place.admin1En(), place.admin2En(), site.nameEn(), site.nameAr(),
                site.lat(), site.lon(), geoPrecision, fatalities, notes, source, sourceCount));
    }

    private static int fatalities(EventKind kind, SplittableRandom random) {
        if (!kind.lethal || random.nextDouble() < NON_LETHAL_SHARE) {
            return 0;
        }
        double pareto = Math.pow(1 - random.nextDouble(), -1 / PARETO_ALPHA);
        int toll = (int) Math.floor(pareto) * (kind == EventKind.CHEMICAL_WEAPON ? CHEMICAL_TOLL_FACTOR : 1);
        return Math.min(toll, MAX_FATALITIES);
    }

    /** 1-based precision level drawn from its shares. */
    private static int precision(double[] shares, SplittableRandom random) {
        double u = random.nextDouble();
        for (int level = 0; level < shares.length - 1; level++) {
            u -= shares[level];
            if (u < 0) {
                return level + 1;
            }
        }
        return shares.length;
    }
}
