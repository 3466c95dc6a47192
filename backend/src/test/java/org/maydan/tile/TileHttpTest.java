package org.maydan.tile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.MaydanApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The tiles as GIS tools and other sites use them, over real HTTP against the whole application on
 * the embedded store with its sample reports (Idlib and Hama, spring 2019): QGIS-style XYZ and
 * TileJSON access, CORS, ETag and 304, PNG and MVT read back, base tiles in Arabic and English, the
 * static map, and problems for bad requests. The example images under {@code docs/tiles/} are
 * written by this test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TileHttpTest {

    /** Kafr Nabudah, where the sample reports put several events. */
    static final double KAFR_NABUDAH_LON = 36.490839;
    static final double KAFR_NABUDAH_LAT = 35.432232;
    /** The zoom-8 tile of this point (36.56-37.97 E) holds Saraqib and Ma'arrat an-Nu'man, and symbols from its west. */
    static final double EXAMPLE_LON = 36.9;
    static final double EXAMPLE_LAT = 36.0;
    /** Central Damascus: no sample events near it. */
    static final double DAMASCUS_LON = 36.2765;
    static final double DAMASCUS_LAT = 33.5138;
    static final Path DOCS = Path.of("..", "docs", "tiles");
    static final String ORIGIN = "https://reports.example.org";

    @TempDir
    static Path directory;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ConfigurableApplicationContext app;
    private String base;

    @BeforeAll
    void start() {
        app = new SpringApplicationBuilder(MaydanApplication.class).run("--server.port=0", "--maydan.store=embedded",
                "--maydan.embedded.url=jdbc:h2:file:" + directory.resolve("maydan").toAbsolutePath());
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void qgisReadsTheTileJsonAndFetchesItsXyzTemplateWithCorsAndRevalidation() throws Exception {
        JsonNode doc = json.readTree(get("/tiles/events.json?start=2019-04-01&end=2019-05-31").body());
        assertThat(doc.path("tilejson").asText()).isEqualTo("3.0.0");
        String template = doc.path("tiles").path(0).asText();
        assertThat(template).startsWith(base + "/tiles/events/{z}/{x}/{y}.png").contains("start=2019-04-01");
        assertThat(json.readTree(get("/tiles/events.json?min_confidence=0.5").body()).path("tiles").path(0).asText())
                .contains("min_confidence=0.5");

        TileKey tile = TileImages.tileAt(KAFR_NABUDAH_LON, KAFR_NABUDAH_LAT, 9);
        String url = template.replace("{z}", "" + tile.z()).replace("{x}", "" + tile.x()).replace("{y}", "" + tile.y());
        HttpResponse<byte[]> first = send(HttpRequest.newBuilder(URI.create(url)).header("Origin", ORIGIN));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("max-age=60").contains("public");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(TileImages.paintedPixels(TileImages.png(first.body()))).isPositive();

        HttpResponse<byte[]> repeat = send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag));
        assertThat(repeat.statusCode()).isEqualTo(304);
        assertThat(repeat.body()).isEmpty();
    }

    @Test
    void eventTilesShowEventsWhereTheyAreAndNothingElsewhere() throws Exception {
        TileKey events = TileImages.tileAt(EXAMPLE_LON, EXAMPLE_LAT, 8);
        byte[] png = get(path("events", events, ".png")).body();
        BufferedImage image = TileImages.png(png);
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(TileImages.paintedPixels(image)).isPositive();
        write("events-z8.png", png);
        BufferedImage over = TileImages.png(get(path("base", events, ".png")).body());
        over.createGraphics().drawImage(image, 0, 0, null);
        Files.createDirectories(DOCS);
        ImageIO.write(over, "png", DOCS.resolve("events-over-base-z8.png").toFile());
        assertThat(TileImages.png(get(path("events", events, "@2x.png")).body()).getWidth()).isEqualTo(512);

        TileKey empty = TileImages.tileAt(DAMASCUS_LON, DAMASCUS_LAT, 8);
        assertThat(TileImages.paintedPixels(TileImages.png(get(path("events", empty, ".png")).body()))).isZero();
        assertThat(TileImages.paintedPixels(TileImages.png(
                get(path("events", events, ".png") + "?start=2020-01-01").body()))).as("no event in 2020").isZero();
        assertThat(TileImages.paintedPixels(TileImages.png(get(path("events", events, ".png") + "?min_confidence=0.1")
                .body()))).as("the sample events carry no confidence: none passes a minimum").isZero();
        assertThat(TileImages.paintedPixels(TileImages.png(get(path("events", events, ".png") + "?min_confidence=0")
                .body()))).as("a minimum of 0 keeps every event").isPositive();
    }

    @Test
    void vectorTilesCarryOneFeaturePerCellAndType() throws Exception {
        TileKey tile = TileImages.tileAt(KAFR_NABUDAH_LON, KAFR_NABUDAH_LAT, 10);
        HttpResponse<byte[]> answer = get(path("events", tile, ".mvt"));
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/vnd.mapbox-vector-tile");
        write("events-z10.mvt", answer.body());
        List<TileImages.Feature> features = TileImages.mvt(answer.body(), "events");

        assertThat(features).isNotEmpty().allSatisfy(f -> {
            assertThat(f.attributes()).containsKeys("sub_event_type", "count", "fatalities");
            assertThat(f.x()).isBetween(-64.0, 4160.0);
        });
        assertThat(features).anySatisfy(f -> assertThat(f.attributes()).containsKeys("id", "event_date"));
        assertThat(features.stream().mapToLong(f -> ((Number) f.attributes().get("count")).longValue()).sum())
                .as("every event of the tile counted once").isGreaterThanOrEqualTo(5);
        assertThat(TileImages.mvt(get(path("events", TileImages.tileAt(DAMASCUS_LON, DAMASCUS_LAT, 10), ".mvt")).body(),
                "events")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ar, base-ar-z9.png", "en, base-en-z9.png"})
    void baseTilesAreOpaquePngsInEitherLanguage(String lang, String example) throws Exception {
        TileKey tile = TileImages.tileAt(36.64, 35.62, 9);
        HttpResponse<byte[]> answer = get(path("base", tile, ".png") + "?lang=" + lang);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("max-age=86400");
        BufferedImage image = TileImages.png(answer.body());
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getColorModel().hasAlpha()).isFalse();
        write(example, answer.body());
        assertThat(TileImages.png(get(path("base", tile, "@2x.png") + "?lang=" + lang).body()).getWidth())
                .isEqualTo(512);
        JsonNode doc = json.readTree(get("/tiles/base.json?lang=" + lang).body());
        assertThat(doc.path("tiles").path(0).asText()).endsWith("/tiles/base/{z}/{x}/{y}.png?lang=" + lang);
    }

    @Test
    void theStaticMapHasTheRequestedSizeInBothScales() throws Exception {
        String query = "bbox=35.9,35.1,37.1,36.1&width=1024&height=768&start=2019-04-01&end=2019-05-31";
        HttpResponse<byte[]> map = get("/api/map.png?" + query);
        assertThat(map.statusCode()).isEqualTo(200);
        BufferedImage image = TileImages.png(map.body());
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(768);
        write("static-map.png", map.body());
        write("static-map-ar.png", get("/api/map.png?" + query + "&lang=ar").body());
        assertThat(TileImages.png(get("/api/map@2x.png?" + query).body()).getWidth()).isEqualTo(2048);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/tiles/events/30/0/0.png           | 400",
            "/tiles/events/3/9/0.png            | 400",
            "/tiles/events/3/0/0.jpg            | 404",
            "/tiles/events/3/0/0@2x.mvt         | 400",
            "/tiles/events/3/0/0.png?type=Party | 400",
            "/tiles/events/3/0/0.png?bbx=1      | 400",
            "/tiles/events/3/0/0.png?min_confidence=2 | 400",
            "/tiles/events.json?min_confidence=high | 400",
            "/api/map.png?bbox=36,35,37,36&min_confidence=-1 | 400",
            "/tiles/base/3/0/0.mvt              | 400",
            "/tiles/base/3/0/0.png?lang=fr      | 400",
            "/tiles/events.json?format=jpg      | 400",
            "/api/map.png                       | 400",
            "/api/map.png?bbox=36,35,37,36&width=5000 | 400",
            "/api/map@2x.png?bbox=36,35,37,36&width=4000 | 400",
            "/api/map.png?bbox=36,35,35,36      | 400",
            "/api/map.png?bbox=36,35,37,36&height=ten | 400"})
    void badRequestsGetAProblem(String path, int status) throws Exception {
        HttpResponse<byte[]> answer = get(path.strip());
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(answer.body()).path("detail").asText()).isNotBlank();
    }

    private static String path(String layer, TileKey tile, String suffix) {
        return "/tiles/" + layer + "/" + tile.z() + "/" + tile.x() + "/" + tile.y() + suffix;
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void write(String name, byte[] bytes) throws IOException {
        Files.createDirectories(DOCS);
        Files.write(DOCS.resolve(name), bytes);
    }
}
