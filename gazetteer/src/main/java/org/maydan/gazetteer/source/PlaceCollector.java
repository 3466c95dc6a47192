package org.maydan.gazetteer.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.ArabicNormalizer;
import org.maydan.gazetteer.GeoPoint;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceName;
import org.maydan.gazetteer.normalize.LooseKeys;

/**
 * Gathers drafts from all sources. A draft whose id is already present adds to it; a settlement
 * from one source family (OCHA P-codes, GeoNames, curated) that shares a normalized name with a
 * settlement of another family closer than the merge distance is the same place and merges into it.
 */
public final class PlaceCollector {

    private final double mergeDistanceKm;
    private final Map<String, PlaceDraft> byId = new LinkedHashMap<>();
    private final Map<String, List<PlaceDraft>> byKey = new HashMap<>();
    /** Merge keys by name text: a merged place's names are keyed again after every merge. */
    private final Map<String, String> keys = new HashMap<>();
    private int added;
    private int merged;
    private int names;

    public PlaceCollector(double mergeDistanceKm) {
        this.mergeDistanceKm = mergeDistanceKm;
    }

    /** The draft with this id, if read already. */
    public @Nullable PlaceDraft get(String id) {
        return byId.get(id);
    }

    /**
     * Adds a draft, merging it into a record of the same place if there is one, and returns the
     * draft that now holds the place.
     */
    public PlaceDraft add(PlaceDraft draft) {
        PlaceDraft same = byId.get(draft.id());
        if (same == null && draft.kind().isSettlement()) {
            same = sameSettlement(draft);
        }
        names += draft.names().size();
        if (same == null) {
            byId.put(draft.id(), draft);
            indexKeys(draft);
            added++;
            return draft;
        }
        String before = same.id();
        same.absorb(draft);
        if (!same.id().equals(before)) {
            byId.remove(before);
            byId.put(same.id(), same);
        }
        indexKeys(same);
        merged++;
        return same;
    }

    /** Adds one name to a draft already collected and indexes just that name. */
    public void addName(PlaceDraft draft, String lang, String text) {
        if (text.isBlank()) {
            return;
        }
        draft.name(lang, text);
        List<PlaceDraft> list = byKey.computeIfAbsent(key(text),
                k -> new ArrayList<>(1));
        if (!list.contains(draft)) {
            list.add(draft);
        }
        names++;
    }

    /** Re-indexes a draft after names were added to it directly. */
    public void reindex(PlaceDraft draft) {
        indexKeys(draft);
    }

    private @Nullable PlaceDraft sameSettlement(PlaceDraft draft) {
        String family = family(draft.id());
        for (PlaceName name : draft.names()) {
            List<PlaceDraft> others = byKey.get(key(name.text()));
            if (others == null) {
                continue;
            }
            for (PlaceDraft other : others) {
                if (other.kind().isSettlement() && !family(other.id()).equals(family)
                        && GeoPoint.distanceKm(other.lat(), other.lon(), draft.lat(), draft.lon())
                                <= mergeDistanceKm) {
                    return other;
                }
            }
        }
        return null;
    }

    private void indexKeys(PlaceDraft draft) {
        for (PlaceName name : draft.names()) {
            List<PlaceDraft> list = byKey.computeIfAbsent(key(name.text()), k -> new ArrayList<>(1));
            if (!list.contains(draft)) {
                list.add(draft);
            }
        }
    }

    private String key(String name) {
        return keys.computeIfAbsent(name, text -> LooseKeys.of(ArabicNormalizer.normalize(text)));
    }

    private static String family(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    /** Places added as new records so far. */
    public int added() {
        return added;
    }

    /** Records merged into an existing place so far. */
    public int merged() {
        return merged;
    }

    /** Names read so far (before de-duplication). */
    public int names() {
        return names;
    }

    /**
     * Gives a settlement the names of the administrative unit it is the centre of (same Arabic
     * name, inside that unit): alias tables spell sub-districts and districts in many ways
     * ("Qalaat al-Madiq", "Kafr Nubl") and news mean the town. Words naming the unit type
     * (ناحية, Subdistrict, Nahiyat...) are not copied.
     */
    public void shareAdminCentreNames() {
        for (PlaceDraft draft : byId.values()) {
            if (!draft.kind().isSettlement()) {
                continue;
            }
            String name = ArabicNormalizer.normalize(draft.nameAr);
            for (String pcode : new String[] {draft.admin().admin3Pcode(),
                    draft.admin().admin2Pcode(), draft.admin().admin1Pcode()}) {
                PlaceDraft unit = pcode == null ? null : byId.get("pcode:" + pcode);
                if (unit != null && ArabicNormalizer.normalize(unit.nameAr).equals(name)) {
                    unit.names().stream().filter(n -> !AdminWords.mentionsUnit(n.text()))
                            .forEach(n -> draft.name(n.lang(), n.text()));
                }
            }
        }
    }

    /** The frozen places, in reading order. */
    public List<Place> places() {
        List<Place> out = new ArrayList<>(byId.size());
        byId.values().forEach(d -> out.add(d.freeze()));
        return out;
    }
}
