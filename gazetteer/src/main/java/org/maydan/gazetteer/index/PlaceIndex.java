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
import org.maydan.gazetteer.normalize.EditDistance;
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
    /** The sound-skeleton index, built on the first Latin or fuzzy search (transliteration is costly). */
    private volatile @Nullable Skeletons skeletons;
    /**
     * Fewest consonants of a name read by its vowel skeleton: shorter skeletons collide with
     * ordinary words and with other names too often.
     */
    public static final int MIN_VARIANT_CONSONANTS = 4;

    private final Map<String, List<Place>> variants = new HashMap<>();
    private final CompactTrie trie;
    /** The trie of weak names ({@link #joinedNameParts}): exact names only, no loose keys. */
    private final CompactTrie weakTrie;
    private final int maxTokens;
    /**
     * What joins the two names of one community in an OCHA name cell (تل حواصيد_حانوتة،
     * حملك-حميلك): alternate spellings, or two hamlets counted together.
     */
    private static final String JOINED_NAMES = "[_-]";
    /** Fewest letters of a weak name: shorter parts are words or letters. */
    public static final int MIN_WEAK_NAME = 3;

    public PlaceIndex(Collection<Place> all) {
        this.places = List.copyOf(all);
        Set<String> names = new HashSet<>();
        Set<String> regionNames = regionNames(places);
        Map<String, String> variantNames = new HashMap<>();
        List<String[]> normalizedNames = normalizedNames(places);
        int longest = 1;
        for (int p = 0; p < places.size(); p++) {
            Place place = places.get(p);
            byId.put(place.id(), place);
            place.sameAs().forEach(id -> byId.putIfAbsent(id, place));
            for (String normalized : normalizedNames.get(p)) {
                if (normalized.isEmpty()) {
                    continue;
                }
                if (inheritsRegionName(place, normalized, regionNames)) {
                    continue;
                }
                add(exact, normalized, place);
                String compactKey = LooseKeys.compact(normalized);
                add(loose, LooseKeys.foldFinal(compactKey), place);
                addVariant(variantNames, LooseKeys.foldFinal(compactKey), place);
                names.add(normalized);
                for (String joined : LooseKeys.joinedVariants(normalized)) {
                    add(loose, LooseKeys.of(joined), place);
                    names.add(joined);
                }
                longest = Math.max(longest, 1 + spaces(normalized));
            }
        }
        Comparator<Place> order = Prominence.ORDER;
        exact.values().forEach(l -> l.sort(order));
        loose.values().forEach(l -> l.sort(order));
        variantNames.forEach((skeleton, name) -> {
            if (name.isEmpty()) {
                variants.remove(skeleton);
            }
        });
        variants.values().forEach(l -> l.sort(order));
        freeze(variants);
        freeze(exact);
        freeze(loose);
        this.trie = new CompactTrie(names, this::loose, this::exact);
        Map<String, List<Place>> weak = new HashMap<>();
        for (Place place : places) {
            for (String part : joinedNameParts(place)) {
                String normalized = ArabicNormalizer.normalize(part);
                if (normalized.replace(" ", "").length() >= MIN_WEAK_NAME && !exact.containsKey(normalized)) {
                    add(weak, normalized, place);
                    longest = Math.max(longest, 1 + spaces(normalized));
                }
            }
        }
        weak.values().forEach(l -> l.sort(order));
        freeze(weak);
        this.weakTrie = new CompactTrie(weak.keySet(), key -> List.of(), name -> weak.getOrDefault(name, List.of()));
        this.maxTokens = Math.min(longest, MAX_NAME_TOKENS);
    }

    /**
     * The names a settlement's Arabic name cell joins with "_" or "-" (تل حواصيد_حانوتة: تل حواصيد and
     * حانوتة), each a weak name of the place: the whole cell never stands in text, and either part
     * may, but a part is as often an ordinary word (كيلو، المعروفة), so text names the place by it only
     * where a settlement noun or a list of places says so (see {@code MentionFilter}). None for a name
     * of one part.
     */
    public static List<String> joinedNameParts(Place place) {
        String cell = place.nameAr();
        if (!place.kind().isSettlement() || cell.indexOf('_') < 0 && cell.indexOf('-') < 0) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(2);
        for (String part : cell.split(JOINED_NAMES)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts.size() > 1 ? parts : List.of();
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

    /**
     * Every place's names, normalized, in order; computed on all cores, as normalizing some 35,000
     * names is most of the work of loading.
     */
    private static List<String[]> normalizedNames(List<Place> places) {
        return places.parallelStream()
                .map(place -> place.names().stream().map(n -> ArabicNormalizer.normalize(n.text()))
                        .toArray(String[]::new))
                .toList();
    }

    private static int spaces(String normalized) {
        int n = 0;
        for (int i = 0; i < normalized.length(); i++) {
            if (normalized.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
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
        return skeletons().byKey.getOrDefault(skeleton, List.of());
    }

    /** Skeleton keys one edit (insertion, deletion, substitution) away from {@code skeleton}. */
    public List<String> skeletonsNear(String skeleton, int maxEdits) {
        Map<Integer, List<String>> byLength = skeletons().byLength;
        List<String> out = new ArrayList<>();
        for (int len = skeleton.length() - maxEdits; len <= skeleton.length() + maxEdits; len++) {
            for (String key : byLength.getOrDefault(len, List.of())) {
                if (EditDistance.within(skeleton, key, maxEdits)) {
                    out.add(key);
                }
            }
        }
        return out;
    }

    private Skeletons skeletons() {
        Skeletons built = skeletons;
        if (built == null) {
            synchronized (this) {
                built = skeletons;
                if (built == null) {
                    built = new Skeletons(places);
                    skeletons = built;
                }
            }
        }
        return built;
    }

    /** Places by the sound skeleton of each name (see {@link LatinSkeleton}), most prominent first. */
    private static final class Skeletons {

        final Map<String, List<Place>> byKey = new HashMap<>();
        final Map<Integer, List<String>> byLength = new HashMap<>();

        Skeletons(List<Place> places) {
            for (Place place : places) {
                Set<String> keys = new HashSet<>();
                for (PlaceName name : place.names()) {
                    if (ArabicNormalizer.normalize(name.text()).isEmpty()) {
                        continue;
                    }
                    String skeleton = LatinSkeleton.skeleton(name.text());
                    if (!skeleton.isEmpty() && keys.add(skeleton)) {
                        add(byKey, skeleton, place);
                    }
                }
            }
            byKey.values().forEach(l -> l.sort(Prominence.ORDER));
            byKey.keySet().forEach(k -> byLength.computeIfAbsent(k.length(), n -> new ArrayList<>()).add(k));
            freeze(byKey);
        }
    }

    /** The trie of compact keys that text scanning walks. */
    public CompactTrie trie() {
        return trie;
    }

    /** The trie of weak names, which text scanning walks where no ordinary name starts. */
    public CompactTrie weakTrie() {
        return weakTrie;
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
