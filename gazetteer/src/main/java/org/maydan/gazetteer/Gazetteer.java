package org.maydan.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.maydan.gazetteer.Candidate.MatchQuality;
import org.maydan.gazetteer.index.PlaceIndex;
import org.maydan.gazetteer.match.Lexicon;
import org.maydan.gazetteer.match.RegionFactory;
import org.maydan.gazetteer.match.RegionPhrases;
import org.maydan.gazetteer.match.TextScanner;
import org.maydan.gazetteer.normalize.LatinSkeleton;
import org.maydan.gazetteer.normalize.LooseKeys;
import org.maydan.gazetteer.resolve.HomonymRanker;
import org.maydan.gazetteer.resolve.SearchScorer;
import org.maydan.gazetteer.source.PlaceCollector;
import org.maydan.gazetteer.source.ShippedTsv;
import org.maydan.gazetteer.source.SourceLoader;
import org.maydan.gazetteer.text.ArabicNormalizer;
import org.maydan.gazetteer.text.Proclitics;
import org.maydan.gazetteer.text.Token;
import org.maydan.gazetteer.text.TokenizedText;

/**
 * The gazetteer: places loaded from the shipped data and added sources, looked up by name
 * ({@link #lookup}, {@link #candidates}), searched in Arabic or Latin script ({@link #search}),
 * found in running text ({@link #findNames}), ranked by context ({@link #rank}).
 * Immutable and thread-safe once loaded.
 */
public final class Gazetteer {

    /** Classpath directory of the shipped data files. */
    public static final String SHIPPED_DIR = "/org/maydan/gazetteer/data/";
    /**
     * Shipped place files, read in this order: curated rows first, so their ids lead merges; then
     * GeoNames; then the OCHA tables in the order a folder of OCHA sources is read (see
     * {@code ATTRIBUTION.md} in that folder). The shipped boundaries are {@link AdminBoundaries#shipped()}.
     */
    public static final List<String> SHIPPED_FILES = List.of("curated.tsv",
            "geonames-cities500-levant.tsv", "ocha-admin-units.tsv", "ocha-communities.tsv",
            "ocha-neighbourhoods.tsv", "geonames-world-cities.tsv", "world-countries.tsv");
    /** Upper bound on search results. */
    public static final int MAX_LIMIT = 100;
    /** Skeletons shorter than this are not searched fuzzily (too many neighbours). */
    static final int MIN_FUZZY_SKELETON = 3;
    /** Skeletons at least this long may be two edits away. */
    static final int TWO_EDIT_SKELETON = 7;

    /** How far loading has got: a file name, bytes read, bytes in the file. */
    @FunctionalInterface
    public interface Progress {
        void update(String file, long bytesRead, long bytesTotal);
    }

    /** What loading found: distinct places, names read, records merged into others, boundaries. */
    public record Summary(int places, int names, int merged, int boundaries) {
    }

    private final PlaceIndex index;
    private final TextScanner scanner;
    private final Supplier<AdminBoundaries> boundaries;
    private final int names;
    private final int merged;

    private Gazetteer(Collection<Place> places, Supplier<AdminBoundaries> boundaries, int names, int merged) {
        this.index = new PlaceIndex(places);
        this.boundaries = boundaries;
        this.scanner = new TextScanner(index,
                new RegionPhrases(index, new RegionFactory(boundaries, index.places(),
                        governorate -> RegionPhrases.seat(index, governorate))), Lexicon.shipped());
        this.names = names;
        this.merged = merged;
    }

    /** Loads what the config names. */
    public static Gazetteer load(GazetteerConfig config) throws IOException {
        return load(config, (file, read, total) -> { });
    }

    /** Loads what the config names, reporting progress per file. */
    public static Gazetteer load(GazetteerConfig config, Progress progress) throws IOException {
        PlaceCollector collector = new PlaceCollector(config.mergeDistanceKm());
        Supplier<AdminBoundaries> boundaries = AdminBoundaries::none;
        if (config.shippedData()) {
            // Only region phrases need the polygons: parse them beside the place files, not before.
            CompletableFuture.runAsync(AdminBoundaries::shipped);
            boundaries = AdminBoundaries::shipped;
        }
        SourceLoader loader = new SourceLoader(collector, boundaries, progress::update);
        if (config.shippedData()) {
            loader.loadPlaceFiles(SHIPPED_FILES.stream().<SourceLoader.TsvFile>map(file -> () -> shipped(file))
                    .toList());
        }
        for (Path source : config.sources()) {
            loader.load(source);
        }
        collector.shareAdminCentreNames();
        return new Gazetteer(collector.places(), loader.boundaries(), collector.names(), collector.merged());
    }

    private static InputStream shipped(String file) throws IOException {
        InputStream in = Gazetteer.class.getResourceAsStream(SHIPPED_DIR + file);
        if (in == null) {
            throw new IOException("the jar lacks " + SHIPPED_DIR + file);
        }
        return in;
    }

    /** A gazetteer over given places (tests, fakes). */
    public static Gazetteer of(Collection<Place> places) {
        int names = places.stream().mapToInt(p -> p.names().size()).sum();
        return new Gazetteer(places, AdminBoundaries::none, names, 0);
    }

    /** The files a source path stands for (a directory's recognised files, in loading order). */
    public static List<Path> sourceFiles(Path path) throws IOException {
        return SourceLoader.filesOf(path);
    }

    /** What was loaded (counting the boundaries reads them, if not read yet). */
    public Summary summary() {
        return new Summary(index.places().size(), names, merged, boundaries.get().size());
    }

    /** Every place, in loading order. */
    public List<Place> places() {
        return index.places();
    }

    /** The place with this id, or with this id merged into it. */
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(index.byId(id));
    }

    /**
     * Places one of whose names normalizes to exactly the normalized {@code name}, most prominent
     * first. The cheapest lookup: one normalization and one hash probe, no copying.
     */
    public List<Place> lookup(String name) {
        return index.exact(ArabicNormalizer.normalize(name));
    }

    /**
     * All places a name (as written in text, possibly with a proclitic, article or other spelling)
     * may refer to: exact normalized matches first, then loose ones; a proclitic is stripped only
     * when the name as written matches nothing. Ranked by prominence.
     */
    public List<Candidate> candidates(String name) {
        String normalized = ArabicNormalizer.normalize(name);
        List<Candidate> found = candidatesOfNormalized(normalized);
        if (!found.isEmpty() || normalized.isEmpty()) {
            return found;
        }
        int space = normalized.indexOf(' ');
        String first = space < 0 ? normalized : normalized.substring(0, space);
        String rest = space < 0 ? "" : normalized.substring(space);
        for (Proclitics.Split split : Proclitics.splits(first)) {
            found = candidatesOfNormalized(split.remainder() + rest);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<Candidate> candidatesOfNormalized(String normalized) {
        return TextScanner.candidates(index.exact(normalized), index.loose(LooseKeys.of(normalized)));
    }

    /** Re-ranks candidates of one name with what the caller knows of the text, best first. */
    public List<Candidate> rank(List<Candidate> candidates, RankingContext context) {
        return HomonymRanker.rank(candidates, context);
    }

    /**
     * Place names and region phrases in running text, in order, not overlapping, with offsets into
     * the original text. Cost is linear in the text (hash probes per token).
     */
    public List<NameMatch> findNames(String text) {
        return scanner.findNames(text);
    }

    /** {@link #findNames(String)} over the tokens of {@link TokenizedText#of}. */
    List<NameMatch> findNames(String text, List<Token> tokens) {
        return scanner.findNames(text, tokens);
    }

    /** Search in Arabic or Latin script, best first, at most {@code limit} (capped) results. */
    public List<Candidate> search(String query, int limit) {
        return search(query, limit, p -> true);
    }

    /**
     * Search keeping only places the filter accepts. Candidates come from the exact and loose name
     * indexes, whole-query region phrases, the sound skeleton and, when those give fewer than
     * {@code limit}, skeletons an edit or two away; they are scored by match quality, similarity of
     * spelling and prominence.
     */
    public List<Candidate> search(String query, int limit, Predicate<Place> filter) {
        int cap = Math.max(1, Math.min(limit, MAX_LIMIT));
        String q = query.strip();
        Map<Place, MatchQuality> found = new LinkedHashMap<>();
        List<Candidate> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        candidates(q).forEach(c -> found.putIfAbsent(c.place(), c.quality()));
        if (LatinSkeleton.isArabic(q)) {
            List<NameMatch> matches = findNames(q);
            if (matches.size() == 1 && matches.get(0).best().quality() == MatchQuality.REGION_PHRASE) {
                out.add(matches.get(0).best().withScore(Double.MAX_VALUE));
            }
        }
        String skeleton = LatinSkeleton.skeleton(q);
        index.skeleton(skeleton).forEach(p -> found.putIfAbsent(p, MatchQuality.SKELETON));
        if (found.size() < cap && skeleton.length() >= MIN_FUZZY_SKELETON) {
            int edits = skeleton.length() >= TWO_EDIT_SKELETON ? 2 : 1;
            for (String near : index.skeletonsNear(skeleton, edits)) {
                index.skeleton(near).forEach(p -> found.putIfAbsent(p, MatchQuality.FUZZY));
            }
        }
        SearchScorer scorer = new SearchScorer(q);
        found.forEach((place, quality) -> {
            if (filter.test(place)) {
                out.add(new Candidate(place, quality, scorer.score(place, quality),
                        place.geoPrecision()));
            }
        });
        out.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparing(c -> c.place().id()));
        return out.size() > cap ? List.copyOf(out.subList(0, cap)) : out;
    }

    /** Writes every place in the shipped TSV format (what {@code import} stores). */
    public void writeTsv(Writer out) throws IOException {
        ShippedTsv.write(places(), out);
    }
}
