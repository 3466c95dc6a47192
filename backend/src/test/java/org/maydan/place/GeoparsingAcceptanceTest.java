package org.maydan.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.maydan.cli.SharedFolder;
import org.maydan.extract.EventExtractor;
import org.maydan.extract.ExtractedEvent;
import org.maydan.extract.ExtractedPlace;
import org.maydan.extract.Extraction;
import org.maydan.extract.NewsArticle;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import org.maydan.gazetteer.Geoparser;

/**
 * The whole pipeline — gazetteer with the OCHA files, geoparser, event extraction — on the two seed
 * articles and the development set, read in place from the shared folder (never copied here).
 * These are the acceptance checks; without the shared folder they are skipped with a
 * message, and with {@code CI=true} they fail instead.
 */
class GeoparsingAcceptanceTest {

    private static final double SETTLEMENT_TOLERANCE_KM = 2.0;
    private static final double EARTH_RADIUS_KM = 6371.0;
    /** The quality bars on the development set. */
    private static final double MIN_PLACE_F1 = 0.90;
    private static final double MIN_EVENT_F1 = 0.60;

    private static EventExtractor extractor;
    private static Path shared;
    private static Map<String, Extraction> seeds;

    @BeforeAll
    static void loadPipeline() throws IOException {
        Optional<Path> found = SharedFolder.find("eval/dev/seeds.jsonl");
        if (found.isEmpty()) {
            String message = "shared folder not found (looked in " + SharedFolder.lookIn("eval/dev/seeds.jsonl")
                    + "): geoparsing acceptance tests SKIPPED";
            System.err.println("\n*** " + message + " ***\n");
            assertThat(System.getenv("CI")).as(message).isNotEqualTo("true");
            assumeTrue(false, message);
        }
        shared = found.get().getParent().getParent().getParent();
        extractor = new EventExtractor(new Geoparser(Gazetteer.load(GazetteerConfig.withSources(shared.resolve("data/gazetteer")))));
        seeds = new java.util.HashMap<>();
        for (NewsArticle article : articles(shared.resolve("eval/dev/seeds.jsonl"))) {
            seeds.put(article.id(), extractor.extract(article));
        }
    }

    @ParameterizedTest(name = "{0} in {1} at {2},{3}")
    // one entry per place: the spellings the article uses for it, separated by |
    @CsvSource({
        "كفرنبودة,    seed000, 35.4317, 36.4928",
        "قلعة المضيق, seed000, 35.4147, 36.3909",
        "كفرنبودة,    seed001, 35.4317, 36.4928",
        "قلعة المضيق, seed001, 35.4147, 36.3909",
        "كبانة,       seed001, 35.7183, 36.2336",
        "كفرنبل|كفرنبيل, seed001, 35.6138, 36.5645",
        "جسر الشغور,  seed001, 35.8142, 36.3198",
    })
    void theSeedPlacesAreFoundAndPlacedRight(String surfaces, String article, double lat, double lon) {
        List<String> spellings = List.of(surfaces.split("\\|"));
        assertThat(seeds.get(article).places())
                .filteredOn(t -> spellings.contains(t.surface()))
                .singleElement()
                .satisfies(t -> assertThat(km(t.lat(), t.lon(), lat, lon)).isLessThan(SETTLEMENT_TOLERANCE_KM));
    }

    @Test
    void theLatakiaCountrysideIsARegionNotTheCity() {
        assertThat(seeds.get("seed001").places())
                .filteredOn(t -> t.surface().startsWith("ريف اللاذقية"))
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.kind()).isEqualTo("region"));
    }

    @Test
    void revolutionaryFactionsAreNotPlacedOnAthThawrah() {
        for (Extraction e : seeds.values()) {
            assertThat(e.places()).noneMatch(t -> t.surface().contains("الثورة"));
        }
    }

    @Test
    void theChlorineAttackOnKabaniIsExtracted() {
        assertThat(events("seed001", e -> e.subEventType().label().equals("Chemical weapon")))
                .anySatisfy(e -> assertThat(km(e.place().lat(), e.place().lon(), 35.7183, 36.2336))
                        .isLessThan(SETTLEMENT_TOLERANCE_KM));
    }

    @Test
    void theAirStrikesOnKafrNablOnMay19With9KilledAreExtracted() {
        assertThat(events("seed001", e -> e.subEventType().label().equals("Air/drone strike")))
                .anySatisfy(e -> {
                    assertThat(km(e.place().lat(), e.place().lon(), 35.6138, 36.5645)).isLessThan(SETTLEMENT_TOLERANCE_KM);
                    assertThat(e.date()).isEqualTo(LocalDate.of(2019, 5, 19));
                    assertThat(e.fatalities()).isEqualTo(9);
                });
    }

    @ParameterizedTest
    @CsvSource({"seed000", "seed001"})
    void theCeasefireAnnouncedOnMay19IsExtracted(String article) {
        assertThat(events(article, e -> e.subEventType().label().equals("Agreement")))
                .anySatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2019, 5, 19)));
    }

    @Test
    void theDevelopmentSetMeetsThePlaceAndEventBars(@TempDir Path dir) throws Exception {
        Path predictions = dir.resolve("predictions.jsonl");
        Path scores = dir.resolve("scores.json");
        Path gold = shared.resolve("eval/dev/articles.jsonl");
        run("extract", "--in", gold.toString(), "--out", predictions.toString(),
                "--gazetteer", shared.resolve("data/gazetteer").toString());
        run("evaluate", "--gold", gold.toString(), "--pred", predictions.toString(), "--json", scores.toString());

        JsonNode json = new ObjectMapper().readTree(scores.toFile());
        assertThat(json.path("places").path("f1").asDouble()).isGreaterThanOrEqualTo(MIN_PLACE_F1);
        assertThat(json.path("events").path("f1").asDouble()).isGreaterThanOrEqualTo(MIN_EVENT_F1);
    }

    private static void run(String... args) throws Exception {
        Command command = new Commands().find(args[0]).orElseThrow();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(List.of(args).subList(1, args.length), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(args[0] + ": " + err.toString(StandardCharsets.UTF_8)).isZero();
    }

    private static List<ExtractedEvent> events(String article, Predicate<ExtractedEvent> which) {
        return seeds.get(article).events().stream().filter(which).toList();
    }

    private static List<NewsArticle> articles(Path jsonl) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<NewsArticle> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            JsonNode n = mapper.readTree(line);
            out.add(NewsArticle.of(n.path("id").asText(), n.path("text").asText(),
                    LocalDate.parse(n.path("published").asText())));
        }
        return out;
    }

    private static double km(Double lat1, Double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(a));
    }
}
