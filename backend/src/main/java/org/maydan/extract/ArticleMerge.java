package org.maydan.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.event.SubEventType;
import org.maydan.gazetteer.GeoPoint;
import org.maydan.gazetteer.resolve.CityNeighbourhoods;
import org.maydan.gazetteer.text.ArabicNormalizer;
import org.maydan.gazetteer.text.Sentence;
import org.maydan.gazetteer.text.WordTable;

/**
 * The article-level merges of its sentences' events: one agreement per article, at the first
 * agreement place; an event with an inferred date yields to the same kind and place with a written
 * one (and gives it its count); (kind, place, date) is one event with the largest count and the
 * highest confidence; an event at a region or governorate yields to the same kind at a more
 * specific place inside it.
 */
final class ArticleMerge {

    /** ACLED geo_precision at least given to an event whose place was taken from context. */
    private static final int INFERRED_GEO_PRECISION = 2;
    /** Farthest the places a town's group event sums up may lie from it (ثماني قرى في محيط مدينة X): its countryside. */
    private static final double AROUND_TOWN_KM = 30;
    private static final String CITY = "city";
    private static final String COUNTRYSIDE = WordTable.load(ArticleMerge.class, "places.tsv").word("COUNTRYSIDE");

    /** What happened where, whatever the day: the unit of the merges. */
    private record Kind(SubEventType type, String ref) {
    }

    /** A kind on one day (or undated): one event of the article. */
    private record Occasion(Kind kind, @Nullable LocalDate date) {
    }

    private final Map<String, Set<String>> containedIn;

    /** Over the article's place mentions, in text order: "X في Y" or "X بريف Y" puts X inside Y. */
    ArticleMerge(List<PlaceMention> mentions) {
        this.containedIn = containment(mentions);
    }

    private static Map<String, Set<String>> containment(List<PlaceMention> mentions) {
        Map<String, Set<String>> out = new HashMap<>();
        for (int i = 0; i + 1 < mentions.size(); i++) {
            PlaceMention a = mentions.get(i);
            PlaceMention b = mentions.get(i + 1);
            if (b.from() - a.to() <= PlaceMention.CONTAINMENT_GAP && b.rank() < a.rank()) {
                out.computeIfAbsent(a.place().ref(), k -> new HashSet<>()).add(b.place().ref());
            }
        }
        return out;
    }

    /** The events of the article, in the order of their first candidate; {@code text} is the article. */
    List<ExtractedEvent> merge(List<EventCandidate> candidates, String text) {
        List<EventCandidate> kept = oneAgreement(candidates);
        Set<Kind> explicitKinds = new HashSet<>();
        for (EventCandidate c : kept) {
            if (c.when().explicit()) {
                explicitKinds.add(kind(c));
            }
        }
        Map<Kind, Integer> mergedCounts = new HashMap<>();
        for (EventCandidate c : kept) {
            Kind kind = kind(c);
            if (c.fatalities() != null && !c.when().explicit() && explicitKinds.contains(kind)) {
                mergedCounts.merge(kind, c.fatalities(), Math::max);
            }
        }
        kept.removeIf(c -> !c.when().explicit() && explicitKinds.contains(kind(c)));
        Map<Occasion, EventCandidate> byKey = new LinkedHashMap<>();
        for (EventCandidate c : kept) {
            Kind kind = kind(c);
            Occasion key = new Occasion(kind, c.when().date());
            Integer extra = mergedCounts.remove(kind);
            EventCandidate merged = byKey.get(key);
            Integer fatalities = max(max(merged == null ? null : merged.fatalities(), c.fatalities()), extra);
            if (merged == null) {
                byKey.put(key, c.with(fatalities, c.confidence()));
            } else {
                // a day the text fixes beats the same day as the latest possible one
                EventCandidate base = merged.when().approximate() && !c.when().approximate() ? c : merged;
                byKey.put(key, base.with(fatalities, Math.max(merged.confidence(), c.confidence())));
            }
        }
        List<EventCandidate> unique = new ArrayList<>(byKey.values());
        List<ExtractedEvent> out = new ArrayList<>();
        for (EventCandidate c : unique) {
            if (!subsumed(c, unique) && !summarised(c, unique)) {
                out.add(toEvent(c, text));
            }
        }
        return out;
    }

    /**
     * A headline event at a city or an area with no day of its own ("قصف روسي على حلب وإدلب")
     * sums up what the article then reports: it yields to an event of the same kind the body places
     * elsewhere in the same governorate, dated by the body or on the headline's own day (غارات على
     * مواقع شرق دير الزور over strikes at البوكمال the same day, or both undated).
     */
    private static boolean summarised(EventCandidate c, List<EventCandidate> all) {
        String admin1 = c.mention().place().admin1();
        boolean broad = c.mention().rank() < PlaceMention.SPECIFIC_RANK || CITY.equals(c.mention().place().kind());
        if (!c.headline() || c.when().explicit() || !broad || admin1 == null) {
            return false;
        }
        for (EventCandidate o : all) {
            boolean dated = o.when().explicit() || Objects.equals(o.when().date(), c.when().date());
            if (o != c && !o.headline() && o.type() == c.type() && dated && admin1.equals(o.mention().place().admin1())) {
                return true;
            }
        }
        return false;
    }

    /**
     * One agreement per article: its later mentions (الاتفاق، هذه الهدنة) are the same deal. It sits
     * at the first agreement place and takes the first date the text writes for it, else the first.
     */
    private static List<EventCandidate> oneAgreement(List<EventCandidate> candidates) {
        EventCandidate first = null;
        EventCandidate dated = null;
        double confidence = 0;
        for (EventCandidate c : candidates) {
            if (c.type() == SubEventType.AGREEMENT) {
                first = first == null ? c : first;
                dated = dated == null && c.when().explicit() ? c : dated;
                confidence = Math.max(confidence, c.confidence());
            }
        }
        List<EventCandidate> out = new ArrayList<>(candidates.size());
        for (EventCandidate c : candidates) {
            if (c.type() != SubEventType.AGREEMENT) {
                out.add(c);
            } else if (c == first) {
                out.add(c.on(dated == null ? c.when() : dated.when(), confidence));
            }
        }
        return out;
    }

    private static Kind kind(EventCandidate c) {
        return new Kind(c.type(), c.mention().place().ref());
    }

    private static @Nullable Integer max(@Nullable Integer a, @Nullable Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : Math.max(a, b);
    }

    /**
     * A region or governorate event yields to the same kind at a more specific place inside it
     * (put inside by the text, in the governorate of a governorate or countryside, or within a named
     * region's extent) on the same day, or on any day when its own day is not written: a headline
     * or a summary of the events the article then places. A city event yields so to the same kind in
     * one of its quarters: the clashes in حي الشيخ مقصود of a sentence that also names مدينة حلب are
     * one event, at the quarter, as the gold puts each event at the most specific place. A town that
     * only locates the group of places an event struck or took (سيطرت على ثماني قرى في محيط مدينة X)
     * yields so to the same kind at a place around it: the article names the group one by one.
     */
    private boolean subsumed(EventCandidate c, List<EventCandidate> all) {
        PlaceMention area = c.mention();
        boolean city = CITY.equals(area.place().kind());
        if (area.isSpecific() && !city && !c.locatesGroup()) {
            return false;
        }
        for (EventCandidate o : all) {
            PlaceMention p = o.mention();
            boolean day = Objects.equals(o.when().date(), c.when().date()) || !c.when().explicit();
            if (o.type() != c.type() || !day || o == c) {
                continue;
            }
            boolean inside = area.isSpecific()
                    ? city && quarterOf(area, p) || c.locatesGroup() && aroundTown(c, o)
                    : p.rank() > area.rank() && (containedIn.getOrDefault(p.place().ref(), Set.of()).contains(area.place().ref())
                            || sameArea(area, p) || withinExtent(area, p));
            if (inside) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code o} is at one of the places the group event {@code c} at a town sums up: another
     * named place around the town, no city (a city is no member of a town's group of places), told in
     * another sentence (the article names the group one by one; in the group's own sentence a place
     * is another target: غارات على مناطق في محيط مدينة X، وأخرى في محيط معسكر Y), and not itself a
     * group's locator.
     */
    private static boolean aroundTown(EventCandidate c, EventCandidate o) {
        PlaceMention town = c.mention();
        PlaceMention p = o.mention();
        return !o.locatesGroup() && p.isSpecific() && !CITY.equals(p.place().kind()) && !o.sentence().equals(c.sentence())
                && !p.place().ref().equals(town.place().ref())
                && GeoPoint.distanceKm(town.place().lat(), town.place().lon(), p.place().lat(), p.place().lon()) <= AROUND_TOWN_KM;
    }

    /** Whether {@code place} is a quarter of {@code city}: a neighbourhood within reach of its point. */
    private static boolean quarterOf(PlaceMention city, PlaceMention place) {
        return place.neighbourhood() && GeoPoint.distanceKm(city.place().lat(), city.place().lon(), place.place().lat(),
                place.place().lon()) <= CityNeighbourhoods.NEIGHBOURHOOD_KM;
    }

    /** The place lies within the radius the gazetteer gives the area (الغوطة الشرقية and دوما). */
    private static boolean withinExtent(PlaceMention area, PlaceMention place) {
        Double radius = area.radiusKm();
        return radius != null && GeoPoint.distanceKm(area.place().lat(), area.place().lon(), place.place().lat(),
                place.place().lon()) <= radius;
    }

    /**
     * A governorate or a countryside (ريف ...) covers the places of its governorate, however the
     * text words it (ريف دمشق; الريف الشمالي لحماة، أرياف إدلب, whose region's own name starts with ريف); a
     * named region (سهل الغاب، الحولة) only what the text puts inside it.
     */
    private static boolean sameArea(PlaceMention area, PlaceMention place) {
        boolean broad = area.rank() < PlaceMention.REGION_RANK
                || ArabicNormalizer.normalize(area.place().surface()).startsWith(COUNTRYSIDE)
                || ArabicNormalizer.normalize(area.place().nameAr()).startsWith(COUNTRYSIDE);
        String areaAdmin1 = area.place().admin1();
        String placeAdmin1 = place.place().admin1();
        if (!broad) {
            return false;
        }
        if (areaAdmin1 == null || placeAdmin1 == null) {
            return true;
        }
        return areaAdmin1.contains(placeAdmin1);
    }

    private static ExtractedEvent toEvent(EventCandidate c, String text) {
        ExtractedPlace p = c.mention().place();
        int geo = c.inferredPlace() ? Math.max(p.geoPrecision(), INFERRED_GEO_PRECISION) : p.geoPrecision();
        Sentence s = c.sentence();
        return new ExtractedEvent(c.type(), p, c.when().date(), c.when().precision(), geo, c.fatalities(), s.text(text),
                s.start(), s.end(), c.triggerStart(), c.triggerEnd(), c.when().approximate(), c.confidence());
    }
}
