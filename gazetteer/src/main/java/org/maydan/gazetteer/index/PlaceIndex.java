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
import org.maydan.gazetteer.ArabicNormalizer;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceName;
import org.maydan.gazetteer.normalize.LatinSkeleton;
import org.maydan.gazetteer.normalize.LooseKeys;
import org.maydan.gazetteer.resolve.Prominence;

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
    private final CompactTrie trie;
    private final int maxTokens;

    public PlaceIndex(Collection<Place> all) {
        this.places = List.copyOf(all);
        Set<String> compact = new HashSet<>();
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
                add(exact, normalized, place);
                String compactKey = LooseKeys.compact(normalized);
                add(loose, LooseKeys.foldFinal(compactKey), place);
                compact.add(compactKey);
                longest = Math.max(longest, 1 + (int) normalized.chars().filter(c -> c == ' ').count());
                String skeleton = LatinSkeleton.skeleton(name.text());
                if (!skeleton.isEmpty() && skeletonKeys.add(skeleton)) {
                    add(skeletons, skeleton, place);
                }
            }
        }
        Comparator<Place> order = Prominence.ORDER;
        exact.values().forEach(l -> l.sort(order));
        loose.values().forEach(l -> l.sort(order));
        skeletons.values().forEach(l -> l.sort(order));
        skeletons.keySet().forEach(k -> skeletonsByLength
                .computeIfAbsent(k.length(), n -> new ArrayList<>()).add(k));
        freeze(exact);
        freeze(loose);
        freeze(skeletons);
        this.trie = new CompactTrie(compact, this::loose);
        this.maxTokens = Math.min(longest, MAX_NAME_TOKENS);
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
