package org.maydan.gazetteer.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.PlaceName;
import org.maydan.gazetteer.normalize.LatinSkeleton;
import org.maydan.gazetteer.normalize.LooseKeys;
import org.maydan.gazetteer.resolve.Prominence;
import org.maydan.gazetteer.text.ArabicNormalizer;

/**
 * Hash indexes over the normalized names of all places: exact normalized name, loose key (see
 * {@link LooseKeys}) and sound skeleton (see {@link LatinSkeleton}), each to its places ordered by
 * prominence; plus the {@link CompactTrie} of compact keys that text scanning walks. Immutable after construction; lookups allocate nothing beyond the key.
 */
public final class PlaceIndex {

    /** Longest name, in tokens, that text scanning tries. */
    public static final int MAX_NAME_TOKENS = 6;

    private final List<Place> places;
    private final Map<String, Place> byId = new HashMap<>();
    private final Map<String, List<Place>> exact = new HashMap<>();
    private final Map<String, List<Place>> loose = new HashMap<>();
    private final Map<String, List<Place>> skeletons = new HashMap<>();
    private final Map<Integer, List<String>> skeletonsByLength = new HashMap<>();
    /**
     * Fewest consonants of a name read by its vowel skeleton: shorter skeletons collide with
     * ordinary words and with other names too often.
     */
    public static final int MIN_VARIANT_CONSONANTS = 4;

    private final Map<String, List<Place>> variants = new HashMap<>();
    private final CompactTrie trie;
    private final int maxTokens;

    public PlaceIndex(Collection<Place> all) {
        this.places = List.copyOf(all);
        Set<String> compact = new HashSet<>();
        Set<String> regionNames = regionNames(places);
        Map<String, String> variantNames = new HashMap<>();
        int longest = 1;
        for (Place place : places) {
            byId.put(place.id(), place);
            place.sameAs().forEach(id -> byId.putIfAbsent(id, place));
            Set<String> skeletonKeys = new HashSet<>();
            for (PlaceName name : place.names()) {
                String normalized = ArabicNormalizer.normalize(name.text());
                if (normalized.isEmpty()) {
                    continue;
                }
                String skeleton = LatinSkeleton.skeleton(name.text());
                if (!skeleton.isEmpty() && skeletonKeys.add(skeleton)) {
                    add(skeletons, skeleton, place);
                }
                if (inheritsRegionName(place, normalized, regionNames)) {
                    continue;
                }
                add(exact, normalized, place);
                String compactKey = LooseKeys.compact(normalized);
                add(loose, LooseKeys.foldFinal(compactKey), place);
                addVariant(variantNames, LooseKeys.foldFinal(compactKey), place);
                compact.add(compactKey);
                longest = Math.max(longest, 1 + (int) normalized.chars().filter(c -> c == ' ').count());
            }
        }
        Comparator<Place> order = Prominence.ORDER;
        exact.values().forEach(l -> l.sort(order));
        loose.values().forEach(l -> l.sort(order));
        skeletons.values().forEach(l -> l.sort(order));
        skeletons.keySet().forEach(k -> skeletonsByLength
                .computeIfAbsent(k.length(), n -> new ArrayList<>()).add(k));
        variantNames.forEach((skeleton, name) -> {
            if (name.isEmpty()) {
                variants.remove(skeleton);
            }
        });
        variants.values().forEach(l -> l.sort(order));
        freeze(variants);
        freeze(exact);
        freeze(loose);
        freeze(skeletons);
        this.trie = new CompactTrie(compact, this::loose);
        this.maxTokens = Math.min(longest, MAX_NAME_TOKENS);
    }

    /**
     * Indexes a loose key under its vowel skeleton, unless names of two different places share that
     * skeleton with different loose keys (then the skeleton says nothing and is dropped:
     * {@code names} maps it to ""). Homonyms, and one place spelled two ways, keep it.
     */
    private void addVariant(Map<String, String> names, String looseKey, Place place) {
        String skeleton = LooseKeys.vowelSkeleton(looseKey);
        if (LooseKeys.consonants(skeleton) < MIN_VARIANT_CONSONANTS) {
            return;
        }
        String before = names.putIfAbsent(skeleton, looseKey);
        boolean samePlace = variants.getOrDefault(skeleton, List.of()).contains(place);
        if (before != null && !before.equals(looseKey) && !samePlace) {
            names.put(skeleton, "");
        }
        add(variants, skeleton, place);
    }

    /** The normalized names of named regions (الغوطة الشرقية, القلمون, وادي بردى). */
    private static Set<String> regionNames(List<Place> places) {
        Set<String> out = new HashSet<>();
        for (Place place : places) {
            if (place.kind() == PlaceKind.REGION) {
                place.names().forEach(n -> out.add(ArabicNormalizer.normalize(n.text())));
            }
        }
        return out;
    }

    /**
     * Whether a name of a place other than a region is a region's name that the place only carries
     * as an alias: alias tables give sub-districts the name of the area they lie in (ناحية الغوطة
     * الشرقية is Jaramana's), and their centre town inherits it, but news by that name mean the
     * whole region. Such aliases are not indexed for text; the place keeps its own names.
     */
    private static boolean inheritsRegionName(Place place, String normalized, Set<String> regionNames) {
        return place.kind() != PlaceKind.REGION && regionNames.contains(normalized)
                && !normalized.equals(ArabicNormalizer.normalize(place.nameAr()));
    }

    private static void add(Map<String, List<Place>> map, String key, Place place) {
        List<Place> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!list.contains(place)) {
            list.add(place);
        }
    }

    private static void freeze(Map<String, List<Place>> map) {
        map.replaceAll((k, v) -> List.copyOf(v));
    }

    public List<Place> places() {
        return places;
    }

    public @Nullable Place byId(String id) {
        return byId.get(id);
    }

    /** Places with this exact normalized name, most prominent first. */
    public List<Place> exact(String normalized) {
        return exact.getOrDefault(normalized, List.of());
    }

    /** Places with this loose key. */
    public List<Place> loose(String looseKey) {
        return loose.getOrDefault(looseKey, List.of());
    }

    /**
     * Places whose name has this vowel skeleton ({@link LooseKeys#vowelSkeleton}), when only one
     * name of the gazetteer has it.
     */
    public List<Place> variants(String skeleton) {
        return variants.getOrDefault(skeleton, List.of());
    }

    /** Places with this sound skeleton. */
    public List<Place> skeleton(String skeleton) {
        return skeletons.getOrDefault(skeleton, List.of());
    }

    /** Skeleton keys one edit (insertion, deletion, substitution) away from {@code skeleton}. */
    public List<String> skeletonsNear(String skeleton, int maxEdits) {
        List<String> out = new ArrayList<>();
        for (int len = skeleton.length() - maxEdits; len <= skeleton.length() + maxEdits; len++) {
            for (String key : skeletonsByLength.getOrDefault(len, List.of())) {
                if (EditDistance.within(skeleton, key, maxEdits)) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    /** The trie of compact keys that text scanning walks. */
    public CompactTrie trie() {
        return trie;
    }

    /** Tokens in the longest name, capped at {@link #MAX_NAME_TOKENS}. */
    public int maxTokens() {
        return maxTokens;
    }

    /** Distinct exact keys, for statistics. */
    public int nameCount() {
        return exact.size();
    }
}
