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
import org.maydan.gazetteer.text.ArabicNormalizer;
import org.maydan.gazetteer.text.Sentence;
import org.maydan.gazetteer.text.WordTable;

/**
 * The article-level merges of its sentences' events: all agreements sit at the first agreement
 * place; an event with an inferred date yields to the same kind and place with a written one (and
 * gives it its count); (kind, place, date) is one event with the largest count; an event at a
 * region or governorate yields to the same kind and date at a more specific place inside it.
 */
final class ArticleMerge {

    /** ACLED geo_precision at least given to an event whose place was taken from context. */
    private static final int INFERRED_GEO_PRECISION = 2;
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
        List<EventCandidate> kept = new ArrayList<>(candidates);
        String agreementRef = null;
        for (EventCandidate c : kept) {
            if (c.type() == SubEventType.AGREEMENT) {
                agreementRef = c.mention().place().ref();
                break;
            }
        }
        String firstAgreementRef = agreementRef;
        kept.removeIf(c -> c.type() == SubEventType.AGREEMENT && !c.mention().place().ref().equals(firstAgreementRef));
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
            EventCandidate base = merged == null ? c : merged;
            byKey.put(key, new EventCandidate(base.type(), base.mention(), base.when(), fatalities, base.sentence(),
                    base.triggerStart(), base.triggerEnd(), base.inferredPlace()));
        }
        List<EventCandidate> unique = new ArrayList<>(byKey.values());
        List<ExtractedEvent> out = new ArrayList<>();
        for (EventCandidate c : unique) {
            if (!subsumed(c, unique)) {
                out.add(toEvent(c, text));
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

    /** A region or governorate event yields to the same kind and date at a more specific place inside it. */
    private boolean subsumed(EventCandidate c, List<EventCandidate> all) {
        PlaceMention area = c.mention();
        if (area.isSpecific()) {
            return false;
        }
        for (EventCandidate o : all) {
            PlaceMention p = o.mention();
            if (o.type() == c.type() && Objects.equals(o.when().date(), c.when().date()) && p.rank() > area.rank()
                    && (containedIn.getOrDefault(p.place().ref(), Set.of()).contains(area.place().ref())
                    || sameArea(area, p))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A governorate or a countryside (ريف ...) covers the places of its governorate; a named region
     * (سهل الغاب، الحولة) only what the text puts inside it.
     */
    private static boolean sameArea(PlaceMention area, PlaceMention place) {
        boolean broad = area.rank() < PlaceMention.REGION_RANK
                || ArabicNormalizer.normalize(area.place().surface()).startsWith(COUNTRYSIDE);
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
                s.start(), s.end(), c.triggerStart(), c.triggerEnd());
    }
}
