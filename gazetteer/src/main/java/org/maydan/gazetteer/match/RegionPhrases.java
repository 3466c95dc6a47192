package org.maydan.gazetteer.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.Candidate;
import org.maydan.gazetteer.Candidate.MatchQuality;
import org.maydan.gazetteer.GeoPoint;
import org.maydan.gazetteer.NameMatch;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.index.PlaceIndex;
import org.maydan.gazetteer.normalize.LooseKeys;
import org.maydan.gazetteer.text.ArabicNormalizer;
import org.maydan.gazetteer.text.ProcliticWords;
import org.maydan.gazetteer.text.Proclitics;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.WordMemo;
import org.maydan.gazetteer.text.WordTable;

/**
 * Region phrases: the countryside of a governorate or town, optionally a part of it
 * (ريف حماة الشمالي, ريف إدلب الجنوبي, ريفي حماة الجنوبي والشرقي), several at once
 * (ريفي حماة واللاذقية: one match per area), a direction of a place (شمال حماة) and parts of the
 * country (شمال غربي سوريا, الشمال السوري). Each resolves to a {@link RegionFactory} region, never to
 * the city of the same name.
 */
public final class RegionPhrases {

    /** Result of a phrase: its matches and the token after it. */
    public record Hit(List<NameMatch> matches, int nextToken) {
    }

    private static final WordTable WORDS = WordTable.load(RegionPhrases.class, Lexicon.DIR + "region-words.tsv");
    private static final Set<String> COUNTRYSIDE = WORDS.words("COUNTRYSIDE");
    /** Nouns of a unit between ريف and its name (ريف مدينة دير الزور), by the kind of place they hold. */
    private static final Map<String, PlaceKind> HOLDERS = WORDS.constants("HOLDER", PlaceKind.class);
    private static final Set<String> SYRIA = WORDS.words("SYRIA");
    private static final String SYRIAN = WORDS.word("SYRIAN");
    /** Adjectives after ريف: north, south, east, west (also feminine and dual forms). */
    private static final Map<String, Direction> ADJECTIVES = WORDS.constants("ADJECTIVE", Direction.class);
    /** Direction nouns before a place: شمال حماة, شمالي سوريا, شمال غرب سوريا. */
    private static final Map<String, Direction> NOUNS = WORDS.constants("NOUN", Direction.class);
    private static final Map<String, Direction> DEFINITE_NOUNS = WORDS.constants("DEFINITE_NOUN", Direction.class);
    private static final Set<String> DIRECTION_WORDS = union(NOUNS.keySet(),
            DEFINITE_NOUNS.keySet());
    /** The same words as arrays, for the per-token proclitic test that must not allocate. */
    private static final ProcliticWords DIRECTION_LOOKUP = new ProcliticWords(DIRECTION_WORDS);
    private static final ProcliticWords COUNTRYSIDE_LOOKUP = new ProcliticWords(COUNTRYSIDE);
    /** The countryside words with the article: الريف الشمالي لحماة، الريف الحموي. */
    private static final ProcliticWords DEFINITE_COUNTRYSIDE_LOOKUP = new ProcliticWords(definite(COUNTRYSIDE));
    /** Relative adjectives of a governorate or city: الحموي is of Hama, الإدلبي of Idlib. */
    private static final Map<String, String> NISBA = WORDS.pairs("NISBA");
    private static final String ARTICLE = "ال";
    private static final String LAM = "ل";
    private static final int MAX_AREA_TOKENS = 3;
    private static final String AND = "و";
    /** The pronoun suffixes of ريفها، ريفه (its countryside). */
    private static final String HER = "ها";
    private static final String HIS = "ه";

    private final PlaceIndex index;
    private final RegionFactory factory;
    /**
     * The place each area name met so far stands for ({@link #areaPlace}): a region phrase is read
     * on every token that may start one, each time looking its area up in both name maps.
     */
    private final WordMemo<Optional<Place>> areaPlaces =
            new WordMemo<>(WordMemo.DEFAULT_CAPACITY, name -> Optional.ofNullable(lookUpArea(name)));

    public RegionPhrases(PlaceIndex index, RegionFactory factory) {
        this.index = index;
        this.factory = factory;
    }

    private static Set<String> definite(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(ARTICLE + w);
        }
        return Set.copyOf(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    /** Whether a normalized token (without proclitic) is a direction noun: شمال، غربي... */
    public static boolean isDirectionNoun(String token) {
        return NOUNS.containsKey(token) || DEFINITE_NOUNS.containsKey(token);
    }

    /** Whether a normalized token, after any proclitic, is a word for countryside: ريف، أرياف. */
    public static boolean isCountrysideWord(String token) {
        return COUNTRYSIDE_LOOKUP.containsAfterProclitic(token);
    }

    /**
     * Whether a region phrase may start at a token spelled {@code token}: it is a word for
     * countryside (after a proclitic, or with the article) or a direction noun, or و + ريفها. Where
     * this is false, {@link #match} finds none; it depends on the spelling alone, so a scan can keep
     * it per word.
     */
    public static boolean mayStart(String token) {
        return COUNTRYSIDE_LOOKUP.prefixBefore(token) >= 0 || DEFINITE_COUNTRYSIDE_LOOKUP.prefixBefore(token) >= 0
                || ownCountrysideWord(token) != null || DIRECTION_LOOKUP.prefixBefore(token) >= 0;
    }

    /** The region phrase starting at token {@code i}, or null. */
    public @Nullable Hit match(String text, List<Token> tokens, int i) {
        Token head = tokens.get(i);
        String prefix = countrysidePrefix(head.normalized());
        if (prefix != null) {
            return countryside(text, tokens, i, prefix);
        }
        Hit definite = definiteCountryside(text, tokens, i);
        if (definite != null) {
            return definite;
        }
        Hit own = ownCountryside(text, tokens, i);
        return own != null ? own : directionOf(text, tokens, i);
    }

    /**
     * The countryside named with the article and an adjective, the order news also writes:
     * الريف الشمالي لحماة (its directions, then the governorate or town after ل), الريف الحموي
     * الشمالي or الريف الشمالي الحموي (a relative adjective of the governorate, the directions before
     * or after it). The same region as ريف حماة الشمالي; الريف الشمالي alone names none.
     */
    private @Nullable Hit definiteCountryside(String text, List<Token> tokens, int i) {
        String head = tokens.get(i).normalized();
        int k = DEFINITE_COUNTRYSIDE_LOOKUP.prefixBefore(head);
        if (k < 0) {
            return null;
        }
        List<List<Direction>> sectors = new ArrayList<>();
        int j = sectors(tokens, i + 1, sectors);
        if (j >= tokens.size()) {
            return null;
        }
        Area area;
        String governorate = NISBA.get(tokens.get(j).normalized());
        if (governorate != null) {
            Place place = areaPlace(governorate);
            area = place == null ? null : new Area(j, j + 1, "", place);
            if (area != null && sectors.isEmpty()) {
                j = sectors(tokens, j + 1, sectors) - 1;
            }
        } else {
            area = sectors.isEmpty() ? null : afterLam(tokens, j);
        }
        if (area == null) {
            return null;
        }
        int end = Math.max(j + 1, area.end);
        // the article's alef is not written after ل (للريف): the surface starts at the ل's rest
        String prefix = head.substring(0, k);
        int from = tokens.get(i).start() + prefix.length();
        int to = tokens.get(end - 1).end();
        Place region = factory.countryside(area.place, sectors);
        return new Hit(List.of(new NameMatch(from, to, text.substring(from, to), prefix, region.nameAr(),
                List.of(new Candidate(region, MatchQuality.REGION_PHRASE, 0,
                        factory.precision(area.place, sectors))))), end);
    }

    /** A governorate or settlement after the preposition ل (لحماة، للاذقية، لجسر الشغور), or null. */
    private @Nullable Area afterLam(List<Token> tokens, int j) {
        String t = tokens.get(j).normalized();
        if (!t.startsWith(LAM) || t.length() <= LAM.length() + 1) {
            return null;
        }
        String rest = t.substring(LAM.length());
        PlaceKind holder = HOLDERS.get(rest);
        if (holder != null) {
            // الريف الغربي لمدينة الرقة: the unit's noun after ل, its name next
            Area a = held(tokens, j, holder);
            return a == null ? null : new Area(j, a.end, LAM, a.place);
        }
        // ل before the article drops its alef: للاذقية is ل + اللاذقية
        Area withArticle = rest.startsWith(LAM) ? area(tokens, j, LAM, "ا" + rest, null) : null;
        return withArticle != null ? withArticle : area(tokens, j, LAM, rest, null);
    }

    /**
     * Reads direction adjectives from token {@code j} into {@code sectors} (الشمالي الغربي is one
     * sector, الشمالي والغربي two) and returns the token after them.
     */
    private static int sectors(List<Token> tokens, int j, List<List<Direction>> sectors) {
        int at = j;
        while (at < tokens.size()) {
            String t = tokens.get(at).normalized();
            boolean joined = !sectors.isEmpty();
            Direction d = ADJECTIVES.get(joined && t.startsWith(AND) ? t.substring(1) : t);
            if (d == null) {
                break;
            }
            if (!joined || t.startsWith(AND)) {
                sectors.add(new ArrayList<>(List.of(d)));
            } else {
                sectors.get(sectors.size() - 1).add(d);
            }
            at++;
        }
        return at;
    }

    /**
     * "في دمشق وريفها"، "حلب وريفها": ريف with a pronoun suffix, after و, is the countryside of the
     * governorate or city named right before it (ريف دمشق is a governorate of its own).
     */
    private @Nullable Hit ownCountryside(String text, List<Token> tokens, int i) {
        String word = i == 0 ? null : ownCountrysideWord(tokens.get(i).normalized());
        if (word == null) {
            return null;
        }
        for (int s = Math.max(0, i - MAX_AREA_TOKENS); s < i; s++) {
            Area a = area(tokens, s, null);
            if (a == null || a.end != i) {
                continue;
            }
            if (a.place.kind() != PlaceKind.GOVERNORATE && a.place.kind() != PlaceKind.CITY) {
                return null;
            }
            StringBuilder name = new StringBuilder(word);
            for (int k = s; k < i; k++) {
                name.append(' ').append(tokens.get(k).normalized());
            }
            Place named = areaPlace(name.toString());
            Place region = named != null && named.kind() == PlaceKind.GOVERNORATE ? named
                    : factory.countryside(a.place, List.of());
            int from = tokens.get(i).start() + AND.length();
            int to = tokens.get(i).end();
            return new Hit(List.of(new NameMatch(from, to, text.substring(from, to), AND, region.nameAr(),
                    List.of(new Candidate(region, MatchQuality.REGION_PHRASE, 0,
                            factory.precision(a.place, List.of()))))), i + 1);
        }
        return null;
    }

    /** The countryside word of و + ريفها / ريفه, or null. */
    private static @Nullable String ownCountrysideWord(String t) {
        if (!t.startsWith(AND)) {
            return null;
        }
        String word = t.substring(AND.length());
        String suffix = word.endsWith(HER) ? HER : word.endsWith(HIS) ? HIS : null;
        word = suffix == null ? "" : word.substring(0, word.length() - suffix.length());
        return COUNTRYSIDE.contains(word) ? word : null;
    }

    private static @Nullable String countrysidePrefix(String token) {
        int k = COUNTRYSIDE_LOOKUP.prefixBefore(token);
        return k < 0 ? null : token.substring(0, k);
    }

    private @Nullable Hit countryside(String text, List<Token> tokens, int i, String prefix) {
        List<Area> areas = new ArrayList<>();
        int j = i + 1;
        Place named = j < tokens.size() ? areaPlace(tokens.get(i).normalized().substring(
                prefix.length()) + " " + tokens.get(j).normalized()) : null;
        boolean countrysideIsName = named != null && named.kind() == PlaceKind.GOVERNORATE;
        if (countrysideIsName) {
            areas.add(new Area(i, j + 1, prefix, named));
            j++;
        }
        PlaceKind holder = !countrysideIsName && j + 1 < tokens.size() ? HOLDERS.get(tokens.get(j).normalized()) : null;
        if (holder != null) {
            // ريف مدينة دير الزور الشرقي: the noun of the unit before its name, never a place itself
            Area area = held(tokens, j, holder);
            if (area == null) {
                return null;
            }
            areas.add(area);
            j = area.end;
        }
        while (!countrysideIsName && j < tokens.size()) {
            boolean joined = !areas.isEmpty();
            Area area = area(tokens, j, joined ? areas.get(0).place : null);
            if (area == null) {
                break;
            }
            areas.add(area);
            j = area.end;
        }
        if (areas.isEmpty()) {
            return null;
        }
        List<List<Direction>> sectors = new ArrayList<>();
        j = sectors(tokens, j, sectors);
        if (countrysideIsName && sectors.isEmpty()) {
            return null;
        }
        List<NameMatch> matches = new ArrayList<>();
        int start = tokens.get(i).start() + prefix.length();
        for (int k = 0; k < areas.size(); k++) {
            Area a = areas.get(k);
            boolean firstArea = k == 0;
            boolean lastArea = k == areas.size() - 1;
            int from = firstArea ? start : tokens.get(a.start).start() + a.prefix.length();
            int to = lastArea ? tokens.get(j - 1).end() : tokens.get(a.end - 1).end();
            Place region = countrysideIsName ? factory.part(a.place, sectors)
                    : factory.countryside(a.place, sectors);
            matches.add(new NameMatch(from, to, text.substring(from, to),
                    firstArea ? prefix : a.prefix, region.nameAr(), List.of(new Candidate(region,
                            MatchQuality.REGION_PHRASE, 0, factory.precision(a.place, sectors)))));
        }
        return new Hit(matches, j);
    }

    private @Nullable Hit directionOf(String text, List<Token> tokens, int i) {
        String first = tokens.get(i).normalized();
        int k = DIRECTION_LOOKUP.prefixBefore(first);
        if (k < 0) {
            return null;
        }
        String prefix = first.substring(0, k);
        String word = first.substring(k);
        if (!DIRECTION_WORDS.contains(word)) {
            word = "ا" + word;
        }
        Direction d = NOUNS.get(word);
        Direction definite = DEFINITE_NOUNS.get(word);
        if (d == null && definite == null) {
            return null;
        }
        List<Direction> sector = new ArrayList<>(List.of(d != null ? d : definite));
        int j = i + 1;
        if (j < tokens.size()) {
            String t = tokens.get(j).normalized();
            Direction second = d != null ? NOUNS.get(t) : ADJECTIVES.get(t);
            if (second != null && second != sector.get(0)) {
                sector.add(second);
                j++;
            }
        }
        if (j >= tokens.size()) {
            return null;
        }
        String next = tokens.get(j).normalized();
        Place base;
        int end;
        if (definite != null) {
            if (!next.equals(SYRIAN)) {
                return null;
            }
            base = factory.syria();
            end = j + 1;
        } else if (SYRIA.contains(next)) {
            base = factory.syria();
            end = j + 1;
        } else {
            Area area = area(tokens, j, null);
            if (area == null || !area.prefix.isEmpty()) {
                return null;
            }
            base = area.place;
            end = area.end;
        }
        int from = tokens.get(i).start() + prefix.length();
        int to = tokens.get(end - 1).end();
        List<List<Direction>> sectors = List.of(sector);
        Place region = factory.part(base, sectors);
        return new Hit(List.of(new NameMatch(from, to, text.substring(from, to), prefix,
                region.nameAr(), List.of(new Candidate(region, MatchQuality.REGION_PHRASE, 0,
                        factory.precision(base, sectors))))), end);
    }

    private record Area(int start, int end, String prefix, Place place) {
    }

    /**
     * The area named right after the holder noun at token {@code j}, in its clause, when the noun
     * holds a place of its kind: a governorate after محافظة; a city or town after مدينة, or a
     * governorate named as its seat is (the countryside of the city of دير الزور is the
     * governorate's around its seat). Null otherwise.
     */
    private @Nullable Area held(List<Token> tokens, int j, PlaceKind holder) {
        if (j + 1 >= tokens.size() || tokens.get(j + 1).clause() != tokens.get(j).clause()) {
            return null;
        }
        Area area = area(tokens, j + 1, null);
        if (area == null) {
            return null;
        }
        PlaceKind kind = area.place.kind();
        boolean holds = kind == holder || holder == PlaceKind.CITY && (kind == PlaceKind.TOWN || kind == PlaceKind.GOVERNORATE);
        return holds ? area : null;
    }

    /**
     * A governorate or settlement name at token {@code j}; after و ({@code joined}) only a
     * governorate or city, so that a verb like وصلوا after a phrase is not read as a village.
     */
    private @Nullable Area area(List<Token> tokens, int j, @Nullable Place firstArea) {
        String first = tokens.get(j).normalized();
        if (firstArea == null) {
            return area(tokens, j, "", first, null);
        }
        if (!first.startsWith(AND) || first.length() < 3) {
            return null;
        }
        return area(tokens, j, AND, first.substring(1), firstArea);
    }

    /** The area whose first word is {@code first}, token {@code j} without its {@code prefix}. */
    private @Nullable Area area(List<Token> tokens, int j, String prefix, String first,
            @Nullable Place firstArea) {
        boolean joined = firstArea != null;
        Area best = null;
        StringBuilder key = new StringBuilder(first);
        for (int k = j; k < Math.min(tokens.size(), j + MAX_AREA_TOKENS); k++) {
            if (k > j) {
                // ريف حلب، أن is ريف حلب: a name does not run on across a comma (حلبان)
                if (tokens.get(k).clause() != tokens.get(j).clause()) {
                    break;
                }
                key.append(' ').append(tokens.get(k).normalized());
            }
            Place place = areaPlace(key.toString());
            boolean listed = !joined || place != null && joins(firstArea, place);
            if (place != null && listed) {
                best = new Area(j, k + 1, prefix, place);
            }
        }
        return best;
    }

    /**
     * Whether {@code area} may join the countryside list that {@code first} opens (ريفي إدلب وحماة،
     * ريف حلب ومنبج): a governorate, or a city of the same governorate. A town of another governorate
     * after و is a place of its own (ريف حمص وصلخد في السويداء), and so is a city abroad
     * (ريف حلب ومدينة إدلب: مدينة is no Medina).
     */
    private static boolean joins(Place first, Place area) {
        if (area.kind() == PlaceKind.GOVERNORATE) {
            return true;
        }
        String governorate = first.admin().admin1Pcode();
        return area.kind() == PlaceKind.CITY && governorate != null
                && governorate.equals(area.admin().admin1Pcode());
    }

    /** The governorate of that name if any, else the most prominent settlement or district. */
    /**
     * A governorate's seat: the Syrian city that bears its name (حلب، حماة), or, for a governorate
     * named as a city's countryside (ريف دمشق), that city. Nothing when no city is found.
     */
    public static Optional<GeoPoint> seat(PlaceIndex index, Place governorate) {
        String name = ArabicNormalizer.normalize(governorate.nameAr());
        int space = name.indexOf(' ');
        String city = space > 0 && COUNTRYSIDE.contains(name.substring(0, space)) ? name.substring(space + 1) : name;
        return index.exact(city).stream()
                .filter(p -> p.kind() == PlaceKind.CITY && Objects.equals(governorate.country(), p.country()))
                .findFirst().map(p -> new GeoPoint(p.lat(), p.lon()));
    }

    /** The governorate, else the first settlement, district or subdistrict, that the normalized area name names. */
    private @Nullable Place areaPlace(String normalized) {
        return areaPlaces.get(normalized).orElse(null);
    }

    private @Nullable Place lookUpArea(String normalized) {
        List<Place> exact = index.exact(normalized);
        List<Place> loose = index.loose(LooseKeys.of(normalized));
        Place best = null;
        for (int i = 0; i < exact.size() + loose.size(); i++) {
            Place p = i < exact.size() ? exact.get(i) : loose.get(i - exact.size());
            if (p.kind() == PlaceKind.GOVERNORATE) {
                return p;
            }
            if (best == null && (p.kind().isSettlement() || p.kind() == PlaceKind.DISTRICT
                    || p.kind() == PlaceKind.SUBDISTRICT)) {
                best = p;
            }
        }
        return best;
    }
}
