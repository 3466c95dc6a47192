package org.maydan.gazetteer.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.Candidate;
import org.maydan.gazetteer.Candidate.MatchQuality;
import org.maydan.gazetteer.GeoPoint;
import org.maydan.gazetteer.NameMatch;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.RankingContext;
import org.maydan.gazetteer.Toponym;
import org.maydan.gazetteer.Toponym.Cue;
import org.maydan.gazetteer.Toponym.Evidence;
import org.maydan.gazetteer.ToponymKind;

/**
 * Resolves the place mentions of one document together. A first pass collects anchors: the
 * governorates of region phrases and governorate names (per sentence and for the document) and the
 * places of names with a single candidate. A second pass ranks each name's candidates by
 * {@link HomonymRanker} in the document's context, plus a bonus for the governorate named in the
 * same sentence; the margin between the best two distinct candidates gives the confidence, and a
 * margin below {@link #AMBIGUITY_MARGIN} leaves the name ambiguous. A third pass ranks homonyms
 * again by nearness to the settlements the second placed in their sentence, and leaves unplaced a
 * loose spelling far from all of them. A named region the text puts a name in (X بمنطقة الحولة)
 * holds its candidates throughout.
 */
public final class DocumentResolver {

    /**
     * Anchor points kept per document, the first distinct ones in text order: enough to place a
     * homonym near them, and a bound on the work per candidate.
     */
    static final int MAX_ANCHORS = 16;
    /** Bonus for a candidate in a governorate named in the same sentence. */
    static final double W_SENTENCE_ADMIN = 3.0;
    /**
     * Bonus for a candidate in the district of a town whose countryside the same sentence names
     * (الكفير في ريف جسر الشغور: of the governorate's homonyms, the one in Jisr al-Shughur's district).
     */
    static final double W_SENTENCE_DISTRICT = 1.5;
    /**
     * Bonus for the place an earlier mention of the same name resolved to (one sense per
     * discourse): an article that has said which مضايا it means means it again at مضايا further
     * on, whatever other governorate the later sentence names for other places. More than
     * {@link #W_SENTENCE_ADMIN}; a later mention with its own region after it (X بريف حماة) is
     * placed anew.
     */
    static final double W_DISCOURSE = 4.0;
    /**
     * Bonus for an exact spelling over a loose one (المشيرفة against مشيرفة): spelling variants
     * of news text are weak evidence next to the governorate named, unlike in a search box.
     */
    static final double W_EXACT = 0.5;
    /**
     * Bonus for a candidate near a place resolved in the same sentence, decaying with distance as
     * {@link HomonymRanker#NEARBY_SCALE_KM}: the places of one sentence, and above all of one list
     * (انسحبوا إلى السخنة والطيبة والكوم), lie near each other, more than those of the whole article.
     */
    static final double W_SENTENCE_NEARBY = 3.0;
    /** Mentions on each side of a name that count as its sentence's places. */
    static final int MAX_SENTENCE_NEIGHBOURS = 12;
    /**
     * Bonus for a candidate inside the named region the text puts the name in (X بمنطقة الحولة): the
     * text says where it lies, more than an earlier sense of the name does ({@link #W_DISCOURSE}).
     */
    static final double W_WITHIN = 5.0;
    /** How far beyond a named region's radius a place the text puts in it may lie. */
    static final double REGION_MARGIN_KM = 5.0;
    /** Farther than this from every place of its sentence, a loosely spelled name is doubted. */
    static final double FAR_FROM_SENTENCE_KM = 100.0;
    /** Places of the text a building's name in a sentence without others is measured against. */
    static final int MAX_DOCUMENT_NEIGHBOURS = 50;
    /** Candidates closer than this to the best one are the same place for ambiguity. */
    static final double SAME_PLACE_KM = 10.0;
    /** Below this score margin a name stays ambiguous. */
    static final double AMBIGUITY_MARGIN = 0.5;
    /** Margin at which the resolution confidence has gone 63% of the way from 0.5 to 1. */
    static final double MARGIN_SCALE = 2.0;
    /** Share of confidence a name keeps by its cue (the rest of the product is resolution). */
    static final Map<Cue, Double> CUE_CONFIDENCE = Map.of(Cue.REGION_PHRASE, 0.9,
            Cue.SETTLEMENT_NOUN, 0.95, Cue.FRONT, 0.9, Cue.HASHTAG, 0.85, Cue.LIST, 0.85,
            Cue.LOCATED, 0.9, Cue.ACTION, 0.9, Cue.PREPOSITION, 0.85, Cue.NONE, 0.75);

    /** Confidence of a part of the whole country (شمال غربي سوريا): vague, places no event. */
    static final double COUNTRY_PART_CONFIDENCE = 0.3;

    /**
     * A mention the filter accepted: the match over tokens {@code [firstToken, endToken)}, its cue,
     * its candidates, its sentence, whether the word محافظة stands before it, whether it names a
     * neighbourhood (after حي، أحياء or in their list) and whether the countryside it lies in follows
     * it (X بريف حماة; not a direction, X شمالي دمشق, which only points), and the named region the
     * text puts it in, if any (X وY بمنطقة الحولة), and whether it names a building (مستشفى القدس)
     * or a list after one.
     */
    public record Input(NameMatch match, int firstToken, int endToken, Cue cue,
            List<Candidate> candidates, int sentence, boolean governorateNoun, boolean neighbourhood,
            boolean regionFollows, @Nullable Place within, boolean facility, boolean nearNext) {

        /** An input that the text does not put by the next one. */
        public Input(NameMatch match, int firstToken, int endToken, Cue cue,
                List<Candidate> candidates, int sentence, boolean governorateNoun, boolean neighbourhood,
                boolean regionFollows, @Nullable Place within, boolean facility) {
            this(match, firstToken, endToken, cue, candidates, sentence, governorateNoun, neighbourhood,
                    regionFollows, within, facility, false);
        }
    }

    /**
     * Confidence of a name followed by the region it lies in (X بريف حمص) whose every candidate lies
     * in another governorate: the text contradicts them all, so none is placed (below
     * {@code Geoparser.MIN_CONFIDENCE}).
     */
    static final double CONTRADICTED_CONFIDENCE = 0.3;
    /**
     * Farthest a village put right by a settlement (على أطراف، قرب) may lie from it: its
     * countryside, not another governorate.
     */
    static final double NEAR_NEXT_KM = 50;

    /** Kinds of a point settlement a neighbourhood name may be mistaken for. */
    private static final Set<PlaceKind> POINT_SETTLEMENTS = Set.of(PlaceKind.VILLAGE, PlaceKind.TOWN,
            PlaceKind.NEIGHBOURHOOD, PlaceKind.OTHER);

    /** The toponyms of the inputs, in the same order. */
    public List<Toponym> resolve(List<Input> inputs) {
        Set<String> documentAdmins = new LinkedHashSet<>();
        Map<Integer, Set<String>> sentenceAdmins = new HashMap<>();
        List<GeoPoint> anchors = new ArrayList<>();
        Set<String> anchorIds = new HashSet<>();
        for (Input in : inputs) {
            String admin1 = namedGovernorate(in);
            if (admin1 != null) {
                documentAdmins.add(admin1);
                Set<String> here = sentenceAdmins.computeIfAbsent(in.sentence(), k -> new HashSet<>());
                here.add(admin1);
                addAdmin(here, districtOfCountryside(in));
            } else if (isUnique(in.candidates())) {
                Place p = in.candidates().get(0).place();
                addAdmin(documentAdmins, p.admin().admin1Pcode());
                addAdmin(documentAdmins, p.admin().admin2Pcode());
                if (anchors.size() < MAX_ANCHORS && anchorIds.add(p.id())) {
                    anchors.add(new GeoPoint(p.lat(), p.lon()));
                }
            }
        }
        RankingContext context = new RankingContext(List.copyOf(documentAdmins), anchors);
        List<Toponym> out = new ArrayList<>(inputs.size());
        Map<String, Place> senses = new HashMap<>();
        for (Input in : inputs) {
            Set<String> local = sentenceAdmins.getOrDefault(in.sentence(), Set.of());
            Place sense = in.regionFollows() && !local.isEmpty() ? null : senses.get(in.match().name());
            Toponym t = resolve(in, context, local, sense, List.of());
            out.add(t);
            if (t.place() != null && in.cue() != Cue.REGION_PHRASE) {
                senses.putIfAbsent(in.match().name(), t.place());
            }
        }
        Map<String, Place> firstSenses = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            List<GeoPoint> neighbours = in.cue() == Cue.REGION_PHRASE ? List.of() : sentenceNeighbours(inputs, out, i);
            if (neighbours.isEmpty() && in.facility()) {
                // a building named in a sentence of its own is judged by the places of the text
                neighbours = documentNeighbours(inputs, out, i);
            }
            Set<String> local = sentenceAdmins.getOrDefault(in.sentence(), Set.of());
            if (farFromNext(inputs, out, i)) {
                // حسياء على أطراف مدينة البوكمال: the gazetteer's حسياء lies 250 km away
                out.set(i, toponym(in, in.candidates().get(0), in.candidates(), CONTRADICTED_CONFIDENCE, true,
                        Evidence.AMBIGUOUS));
            } else if (!neighbours.isEmpty() && farFrom(in.candidates(), neighbours, local, in.facility())) {
                out.set(i, toponym(in, in.candidates().get(0), in.candidates(), CONTRADICTED_CONFIDENCE, true,
                        Evidence.AMBIGUOUS));
            } else if (!neighbours.isEmpty() && !isUnique(in.candidates())) {
                // one sense per discourse, as the earlier mentions now stand
                Place sense = in.regionFollows() && !local.isEmpty() ? null : firstSenses.get(in.match().name());
                out.set(i, resolve(in, context, local, sense, neighbours));
            }
            if (out.get(i).place() != null && in.cue() != Cue.REGION_PHRASE) {
                firstSenses.putIfAbsent(in.match().name(), out.get(i).place());
            }
        }
        List<CityNeighbourhoods.Located> named = named(inputs, out);
        for (int i = 0; i < inputs.size(); i++) {
            Candidate listed = listedNeighbourhood(inputs, out, i);
            if (listed != null) {
                Input in = inputs.get(i);
                out.set(i, toponym(in, listed, in.candidates(), CUE_CONFIDENCE.get(in.cue()), false,
                        Evidence.CITY_NEIGHBOURHOOD));
                continue;
            }
            Place city = isStrayNeighbourhood(inputs, out, i)
                    ? CityNeighbourhoods.contextCity(named, inputs.get(i).sentence(), inputs.get(i).firstToken()) : null;
            if (city != null) {
                out.set(i, inCity(inputs.get(i), out.get(i), city));
            }
        }
        return out;
    }

    /** The places the inputs other than neighbourhoods name, with where: the cities a neighbourhood may lie in. */
    public static List<CityNeighbourhoods.Located> named(List<Input> inputs, List<Toponym> resolved) {
        List<CityNeighbourhoods.Located> named = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Place p = resolved.get(i).place();
            if (!inputs.get(i).neighbourhood() && p != null) {
                named.add(new CityNeighbourhoods.Located(inputs.get(i).sentence(), inputs.get(i).firstToken(), p));
            }
        }
        return named;
    }

    /**
     * Whether a name read as a neighbourhood (after حي، أحياء or in their list) resolved to a
     * settlement that lies in none of the cities and towns the document names: a village of the
     * same name elsewhere, or left ambiguous with its best guess so. A city after أحياء (أحياء حلب)
     * names whose neighbourhoods they are.
     */
    private static boolean isStrayNeighbourhood(List<Input> inputs, List<Toponym> resolved, int at) {
        Place p = resolved.get(at).bestGuess();
        if (!inputs.get(at).neighbourhood() || inputs.get(at).cue() == Cue.REGION_PHRASE || p == null
                || !POINT_SETTLEMENTS.contains(p.kind())) {
            return false;
        }
        for (int j = 0; j < inputs.size(); j++) {
            Place city = resolved.get(j).place();
            if (j != at && city != null && CityNeighbourhoods.isCityOrTown(city)
                    && city.distanceKm(p.lat(), p.lon()) <= CityNeighbourhoods.NEIGHBOURHOOD_KM) {
                return false;
            }
        }
        return true;
    }

    /**
     * The neighbourhood the gazetteer lists under a name read as one (after حي، أحياء or in their
     * list) that resolved to another kind of place: the candidate neighbourhood of the city or town
     * named nearest to it in the text (حي الخالدية في مدينة حمص is the city's quarter, not the
     * village of that name on its edge). Null when none lies in a city the text names.
     */
    private static @Nullable Candidate listedNeighbourhood(List<Input> inputs, List<Toponym> resolved, int at) {
        Input in = inputs.get(at);
        Place p = resolved.get(at).bestGuess();
        if (!in.neighbourhood() || in.cue() == Cue.REGION_PHRASE || p == null || p.kind() == PlaceKind.NEIGHBOURHOOD) {
            return null;
        }
        // the inputs nearest in the text first, the one before ahead of the one after
        for (int d = 1; d < inputs.size(); d++) {
            for (int j = at - d; j <= at + d; j += 2 * d) {
                Place city = j >= 0 && j < inputs.size() ? resolved.get(j).place() : null;
                Candidate c = city != null && CityNeighbourhoods.isCityOrTown(city)
                        ? candidateIn(in, city, PlaceKind.NEIGHBOURHOOD) : null;
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The first candidate of {@code in} in {@code city}, of {@code kind} unless null; null if none. */
    private static @Nullable Candidate candidateIn(Input in, Place city, @Nullable PlaceKind kind) {
        for (Candidate c : in.candidates()) {
            if ((kind == null || c.place().kind() == kind)
                    && c.place().distanceKm(city.lat(), city.lon()) <= CityNeighbourhoods.NEIGHBOURHOOD_KM) {
                return c;
            }
        }
        return null;
    }

    /**
     * A neighbourhood mention read in its city: kept when its place lies in the city, else its
     * candidate there (also for a mention left ambiguous), else the neighbourhood at the city's point (a part of a city the gazetteer
     * does not list is still in that city, not in a village of the same name elsewhere).
     */
    private static Toponym inCity(Input in, Toponym resolved, Place city) {
        Place chosen = resolved.place();
        if (chosen != null && chosen.distanceKm(city.lat(), city.lon()) <= CityNeighbourhoods.NEIGHBOURHOOD_KM) {
            return resolved;
        }
        double cueShare = CUE_CONFIDENCE.get(in.cue());
        Candidate there = candidateIn(in, city, null);
        if (there != null) {
            return toponym(in, there, in.candidates(), cueShare, false, Evidence.CITY_NEIGHBOURHOOD);
        }
        Place at = CityNeighbourhoods.at(city, in.match().surface());
        return toponym(in, Candidate.of(at, MatchQuality.EXACT, 0), List.of(), Math.min(cueShare, CityNeighbourhoods.AT_CITY_CONFIDENCE),
                false, Evidence.CITY_NEIGHBOURHOOD);
    }

    /**
     * The settlements placed in the sentence of input {@code at} other than it, by the first pass:
     * neither regions (their point is a centroid) nor other mentions of the same name.
     */
    private static List<GeoPoint> sentenceNeighbours(List<Input> inputs, List<Toponym> resolved, int at) {
        List<GeoPoint> points = new ArrayList<>();
        Input in = inputs.get(at);
        // the inputs are in text order, so a sentence's are next to each other; the nearest few
        // suffice, and bound the work in a text of thousands of names
        int from = Math.max(0, at - MAX_SENTENCE_NEIGHBOURS);
        int to = Math.min(inputs.size(), at + MAX_SENTENCE_NEIGHBOURS + 1);
        for (int j = from; j < to; j++) {
            if (j != at && inputs.get(j).sentence() == in.sentence() && isNeighbour(in, inputs.get(j), resolved.get(j))) {
                Place p = resolved.get(j).place();
                points.add(new GeoPoint(p.lat(), p.lon()));
            }
        }
        return points;
    }

    /**
     * Whether {@code other}, resolved as {@code t}, is a settlement that can place {@code in} by
     * nearness: a point, named otherwise than {@code in}, and no region phrase.
     */
    private static boolean isNeighbour(Input in, Input other, Toponym t) {
        Place p = t.place();
        return p != null && other.cue() != Cue.REGION_PHRASE && p.geoPrecision() == 1
                && !other.match().name().equals(in.match().name());
    }

    /** The points of the text's other settlements as resolved so far, at most {@link #MAX_DOCUMENT_NEIGHBOURS}. */
    private static List<GeoPoint> documentNeighbours(List<Input> inputs, List<Toponym> resolved, int at) {
        List<GeoPoint> points = new ArrayList<>();
        for (int j = 0; j < inputs.size() && points.size() < MAX_DOCUMENT_NEIGHBOURS; j++) {
            if (j != at && isNeighbour(inputs.get(at), inputs.get(j), resolved.get(j))) {
                Place p = resolved.get(j).place();
                points.add(new GeoPoint(p.lat(), p.lon()));
            }
        }
        return points;
    }

    /**
     * Whether input {@code i} is put right by the next input ({@link Input#nearNext}: على أطراف
     * مدينة Y، قرب Y), which stands as a settlement, and every candidate of the first is a village,
     * town or subdistrict farther than {@value #NEAR_NEXT_KM} km from it: the text names a place the
     * gazetteer lacks. A city, district or region is never doubted so.
     */
    private static boolean farFromNext(List<Input> inputs, List<Toponym> out, int i) {
        if (!inputs.get(i).nearNext() || i + 1 >= inputs.size()) {
            return false;
        }
        Place next = out.get(i + 1).place();
        if (next == null || next.geoPrecision() != 1 || inputs.get(i).cue() == Cue.REGION_PHRASE) {
            return false;
        }
        for (Candidate c : inputs.get(i).candidates()) {
            PlaceKind kind = c.place().kind();
            boolean large = kind == PlaceKind.CITY || kind == PlaceKind.GOVERNORATE || kind == PlaceKind.DISTRICT
                    || kind == PlaceKind.REGION || kind == PlaceKind.COUNTRY;
            if (large || c.place().distanceKm(next.lat(), next.lon()) <= NEAR_NEXT_KM) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every candidate is a loose spelling of the name and a settlement farther than
     * {@link #FAR_FROM_SENTENCE_KM} from every place of the sentence (وبلدة تلعاس والتمانعة, where
     * the gazetteer lacks تلعاس and has تل عيس 400 km east): the spelling and the distance both
     * point to a place the gazetteer does not have. A candidate in a governorate the sentence names
     * is not doubted (كباجب في ريف دير الزور والسخنة في ريف حمص: lists may cross the country). After
     * a building's noun ({@code facility}) exact names are doubted too: hospitals and schools are
     * named after people, ideas and far cities (مستشفى القدس في حي السكري) as often as after the
     * town they stand in (مشفى الأتارب), which lies near the places around it.
     */
    private static boolean farFrom(List<Candidate> candidates, List<GeoPoint> neighbours,
            Set<String> local, boolean facility) {
        for (Candidate c : candidates) {
            if (c.quality() == MatchQuality.EXACT && !facility || c.place().geoPrecision() != 1
                    || inAny(local, c.place())) {
                return false;
            }
            for (GeoPoint p : neighbours) {
                if (c.place().distanceKm(p.lat(), p.lon()) <= FAR_FROM_SENTENCE_KM) {
                    return false;
                }
            }
        }
        return true;
    }

    private Toponym resolve(Input in, RankingContext context, Set<String> local, @Nullable Place sense,
            List<GeoPoint> neighbours) {
        boolean held = in.within() != null && in.cue() != Cue.REGION_PHRASE && in.within().radiusKm() != null;
        Set<Candidate> inside = held ? inside(in.candidates(), in.within()) : Set.of();
        if (held && inside.isEmpty() && allSettlements(in.candidates())) {
            // كفرلاها والطيبة بمنطقة الحولة: no الطيبة of the gazetteer lies in the Houla plain
            return toponym(in, in.candidates().get(0), in.candidates(), CONTRADICTED_CONFIDENCE, true,
                    Evidence.AMBIGUOUS);
        }
        NameMatch m = in.match();
        double cueShare = CUE_CONFIDENCE.get(in.cue());
        if (in.cue() == Cue.REGION_PHRASE && in.candidates().get(0).place().admin().admin1Pcode() == null) {
            return toponym(in, in.candidates().get(0), in.candidates(), COUNTRY_PART_CONFIDENCE,
                    false, Evidence.REGION_PHRASE);
        }
        if (in.cue() != Cue.REGION_PHRASE && in.regionFollows() && !local.isEmpty() && noneIn(local, in.candidates())) {
            // قرى المشيرفة بريف حمص الشرقي: the gazetteer's المشيرفة lie in Idlib, not where the text puts it
            return toponym(in, in.candidates().get(0), in.candidates(), CONTRADICTED_CONFIDENCE, true,
                    Evidence.AMBIGUOUS);
        }
        if (in.cue() == Cue.REGION_PHRASE || isUnique(in.candidates())) {
            Candidate only = preferCityOrGovernorate(in.candidates(),
                    preferSettlement(in.candidates(), in.candidates().get(0)), in.governorateNoun());
            return toponym(in, only, in.candidates(), cueShare, false,
                    in.cue() == Cue.REGION_PHRASE ? Evidence.REGION_PHRASE : Evidence.UNIQUE);
        }
        List<Candidate> ranked = new ArrayList<>(in.candidates().size());
        for (Candidate c : in.candidates()) {
            double local1 = inAny(local, c.place()) ? W_SENTENCE_ADMIN : 0;
            String district = c.place().admin().admin2Pcode();
            double local2 = district != null && local.contains(district) ? W_SENTENCE_DISTRICT : 0;
            double exact = c.quality() == MatchQuality.EXACT ? W_EXACT : 0;
            double discourse = sense != null && sense.id().equals(c.place().id()) ? W_DISCOURSE : 0;
            double within = inside.contains(c) ? W_WITHIN : 0;
            ranked.add(c.withScore(HomonymRanker.score(c.place(), MatchQuality.EXACT, context)
                    + local1 + local2 + exact + discourse + within + nearby(c.place(), neighbours)));
        }
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        Candidate best = ranked.get(0);
        double margin = Double.POSITIVE_INFINITY;
        for (Candidate c : ranked.subList(1, ranked.size())) {
            if (c.place().distanceKm(best.place().lat(), best.place().lon()) > SAME_PLACE_KM
                    && !sameAdminUnit(c.place(), best.place())) {
                margin = best.score() - c.score();
                break;
            }
        }
        Candidate chosen = preferCityOrGovernorate(ranked, best, in.governorateNoun());
        double resolution = margin == Double.POSITIVE_INFINITY ? 1
                : 1 - 0.5 * Math.exp(-margin / MARGIN_SCALE);
        boolean ambiguous = margin < AMBIGUITY_MARGIN;
        Evidence evidence;
        if (ambiguous) {
            evidence = Evidence.AMBIGUOUS;
        } else if (inAny(local, best.place())) {
            evidence = Evidence.LOCAL_ADMIN;
        } else if (best.place() != in.candidates().get(0).place()
                || sense != null && sense.id().equals(best.place().id())) {
            evidence = Evidence.DOCUMENT_CONTEXT;
        } else {
            evidence = Evidence.PROMINENCE;
        }
        return toponym(in, chosen, ranked, cueShare * resolution, ambiguous, evidence);
    }

    /** The candidates within the named region's radius, and a margin, of its point. */
    private static Set<Candidate> inside(List<Candidate> candidates, Place region) {
        Set<Candidate> out = new HashSet<>();
        for (Candidate c : candidates) {
            if (c.place().distanceKm(region.lat(), region.lon()) <= region.radiusKm() + REGION_MARGIN_KM) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean allSettlements(List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.place().geoPrecision() != 1) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #W_SENTENCE_NEARBY} for the nearest of the points, decaying with its distance, for a
     * settlement (the point of a region or a governorate is a centroid or a label).
     */
    private static double nearby(Place place, List<GeoPoint> points) {
        return place.geoPrecision() != 1 ? 0 : W_SENTENCE_NEARBY * HomonymRanker.nearness(place, points);
    }

    private static Toponym toponym(Input in, Candidate chosen, List<Candidate> ranked,
            double confidence, boolean ambiguous, Evidence evidence) {
        List<Candidate> alternatives = new ArrayList<>(ranked.size());
        alternatives.add(chosen);
        for (Candidate c : ranked) {
            if (c != chosen) {
                alternatives.add(c);
            }
        }
        Place place = chosen.place();
        ToponymKind kind = in.governorateNoun() ? ToponymKind.GOVERNORATE : ToponymKind.of(place.kind());
        NameMatch m = in.match();
        return new Toponym(m.start(), m.end(), in.firstToken(), in.endToken(), m.surface(),
                m.prefix(), kind,
                ambiguous ? null : place, confidence, chosen.geoPrecision(), ambiguous, alternatives,
                in.cue(), evidence);
    }

    /**
     * The rule for a name shared by a governorate and its capital (إدلب، حماة، حلب): the governorate
     * after محافظة (محافظة إدلب, marked by {@code governorateNoun}); the city otherwise, after مدينة
     * and alone (قصف على إدلب), as the city's point lies inside the governorate and so serves both
     * readings. Countryside phrases (ريف إدلب الجنوبي) and directions (شمال إدلب) are regions of
     * their own, resolved by the region phrases.
     */
    private static Candidate preferCityOrGovernorate(List<Candidate> candidates, Candidate best,
            boolean governorateNoun) {
        PlaceKind want = governorateNoun ? PlaceKind.GOVERNORATE : PlaceKind.CITY;
        PlaceKind other = governorateNoun ? PlaceKind.CITY : PlaceKind.GOVERNORATE;
        if (best.place().kind() != other || best.place().admin().admin1Pcode() == null) {
            return best;
        }
        for (Candidate c : candidates) {
            if (c.place().kind() == want
                    && best.place().admin().admin1Pcode().equals(c.place().admin().admin1Pcode())) {
                return c;
            }
        }
        return best;
    }

    /**
     * A settlement rather than the subdistrict or district named after it: OCHA names a unit after
     * its seat, and news names the town (بلدتي اللطامنة وكفرزيتا, also ناحية كفرنبل), so a unit wins
     * only when no settlement of the one reading is left; it used to win whenever the unit's spelling
     * was the exact one (كفرزيتا) and the town's the loose one (كفر زيتا), and then an event at the
     * town was dropped as a duplicate of the villages inside the unit.
     */
    private static Candidate preferSettlement(List<Candidate> candidates, Candidate best) {
        PlaceKind kind = best.place().kind();
        if (kind != PlaceKind.SUBDISTRICT && kind != PlaceKind.DISTRICT) {
            return best;
        }
        for (Candidate c : candidates) {
            if (c.place().geoPrecision() == 1 && c.place().kind() != PlaceKind.NEIGHBOURHOOD) {
                return c;
            }
        }
        return best;
    }

    /**
     * The district of the town whose countryside a region phrase names (ريف جسر الشغور), as a
     * P-code, or null: a governorate's countryside has none.
     */
    private static @Nullable String districtOfCountryside(Input in) {
        if (in.cue() != Cue.REGION_PHRASE) {
            return null;
        }
        return in.candidates().get(0).place().admin().admin2Pcode();
    }

    /** The governorate a region phrase or governorate name names, as a P-code, or null. */
    private static @Nullable String namedGovernorate(Input in) {
        for (Candidate c : in.candidates()) {
            if (c.place().kind() == PlaceKind.GOVERNORATE || in.cue() == Cue.REGION_PHRASE) {
                return c.place().admin().admin1Pcode();
            }
        }
        return null;
    }

    /** One candidate, or all within {@link #SAME_PLACE_KM} of the first. */
    static boolean isUnique(List<Candidate> candidates) {
        Place first = candidates.get(0).place();
        for (Candidate c : candidates) {
            if (c.place().distanceKm(first.lat(), first.lon()) > SAME_PLACE_KM
                    && !sameAdminUnit(c.place(), first)) {
                return false;
            }
        }
        return true;
    }

    /** A governorate and a place inside it are one reading of a name, not two. */
    private static boolean sameAdminUnit(Place a, Place b) {
        boolean unit = a.kind() == PlaceKind.GOVERNORATE || b.kind() == PlaceKind.GOVERNORATE;
        return unit && a.admin().admin1Pcode() != null
                && a.admin().admin1Pcode().equals(b.admin().admin1Pcode())
                && (a.kind() == PlaceKind.CITY || b.kind() == PlaceKind.CITY);
    }

    /**
     * Whether every candidate is a settlement in a known governorate other than these (a region,
     * which may reach across governorates, is never contradicted so).
     */
    private static boolean noneIn(Set<String> admin1Pcodes, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.place().geoPrecision() != 1 || c.place().admin().admin1Pcode() == null
                    || inAny(admin1Pcodes, c.place())) {
                return false;
            }
        }
        return true;
    }

    private static boolean inAny(Set<String> admin1Pcodes, Place place) {
        String admin1 = place.admin().admin1Pcode();
        return admin1 != null && admin1Pcodes.contains(admin1);
    }

    private static void addAdmin(Set<String> admins, @Nullable String pcode) {
        if (pcode != null) {
            admins.add(pcode);
        }
    }
}
