package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import org.maydan.MaydanApplication;
import org.maydan.export.ExportColumn;
import org.maydan.export.GeoPackageExportWriter;
import org.maydan.ingest.SampleDataLoader;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;

/**
 * The whole application on the embedded H2GIS store in a temporary directory, over real HTTP: the
 * sample data load into the empty store, the API answers the issue's query with GeoJSON inside the
 * box and dates, pages follow cursors, errors are problem JSON, and data survive a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedStoreEndToEndTest {

    private static final String BOX_AND_MAY = "bbox=35.9,35.0,37.5,36.5&start=2019-05-01&end=2019-05-31";
    /** {@code server.compression.min-response-size}: smaller answers go as they are. */
    private static final int COMPRESSION_MIN_BYTES = 2048;
    private static final double MIN_LON = 35.9;
    private static final double MIN_LAT = 35.0;
    private static final double MAX_LON = 37.5;
    private static final double MAX_LAT = 36.5;

    @TempDir
    static Path directory;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private ConfigurableApplicationContext app;

    @BeforeAll
    void start() {
        app = startOn(directory);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    @Order(1)
    void anEmptyEmbeddedStoreIsFilledWithTheSampleEvents() throws Exception {
        JsonNode all = getJson("/api/events?limit=5000");

        assertThat(all.path("numberReturned").asInt()).isEqualTo(sampleEventCount()).isBetween(12, 25);
        all.path("features").forEach(f -> {
            assertThat(f.path("properties").path("location").asText()).isNotBlank();
            assertThat(f.path("properties").path("location_ar").asText()).matches(".*[\\u0600-\\u06FF].*");
        });
    }

    @Test
    @Order(2)
    void theIssueQueryReturnsGeoJsonInsideTheBoxAndDates() throws Exception {
        HttpResponse<String> response = get("/api/events?" + BOX_AND_MAY);
        JsonNode page = mapper.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/geo+json");
        assertThat(page.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(page.path("features")).isNotEmpty();
        for (JsonNode feature : page.path("features")) {
            assertThat(feature.path("type").asText()).isEqualTo("Feature");
            assertThat(feature.path("geometry").path("type").asText()).isEqualTo("Point");
            JsonNode xy = feature.path("geometry").path("coordinates");
            assertThat(xy.size()).isEqualTo(2);
            assertThat(xy.get(0).asDouble()).isBetween(MIN_LON, MAX_LON);
            assertThat(xy.get(1).asDouble()).isBetween(MIN_LAT, MAX_LAT);
            LocalDate date = LocalDate.parse(feature.path("properties").path("event_date").asText());
            assertThat(date).isBetween(LocalDate.parse("2019-05-01"), LocalDate.parse("2019-05-31"));
        }
        long timelineTotal = 0;
        for (JsonNode day : getJson("/api/timeline?" + BOX_AND_MAY).path("days")) {
            timelineTotal += day.path("total").asLong();
        }
        assertThat(timelineTotal).as("timeline agrees with the list").isEqualTo(page.path("features").size());
    }

    @Test
    @Order(3)
    void followingNextLinksYieldsTheSameEventsAsOneLargePage() throws Exception {
        List<Long> onePage = ids(getJson("/api/events?" + BOX_AND_MAY + "&limit=5000"));
        List<Long> paged = new ArrayList<>();
        String url = "/api/events?" + BOX_AND_MAY + "&limit=4";
        while (url != null) {
            JsonNode page = getJson(url);
            paged.addAll(ids(page));
            url = page.path("links").isEmpty() ? null : page.path("links").get(0).path("href").asText();
        }

        assertThat(paged).containsExactlyElementsOf(onePage);
    }

    @Test
    @Order(4)
    void aMalformedBoxIsAProblem() throws Exception {
        HttpResponse<String> response = get("/api/events?bbox=35.9,35.0,north,36.5");
        JsonNode problem = mapper.readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("parameter").asText()).isEqualTo("bbox");
        assertThat(problem.path("detail").asText()).contains("'north' is not a number");
    }

    @Test
    @Order(5)
    void theOpenApiDescriptionListsTheEventApi() throws Exception {
        JsonNode api = getJson("/v3/api-docs");

        assertThat(api.path("paths").has("/api/events")).isTrue();
        assertThat(api.path("paths").has("/api/timeline")).isTrue();
        for (String path : List.of("/api/events/columns", "/collections/events/items", "/conformance", "/")) {
            assertThat(api.path("paths").has(path)).as(path).isTrue();
        }
        assertThat(api.path("paths").path("/api/events").path("get").path("parameters").findValuesAsText("name"))
                .contains("q", "source", "admin1", "min_confidence");
    }

    @Test
    @Order(5)
    void readsAreGzippedForClientsThatAskAndARepeatWithTheirTagIsNotModified() throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        for (String path : List.of("/api/events?limit=5000", "/api/events/columns", "/api/timeline",
                "/collections/events/items?limit=100")) {
            URI uri = URI.create("http://localhost:" + port + path);
            HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> zipped = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String etag = zipped.headers().firstValue("ETag").orElseThrow();

            if (plain.body().length >= COMPRESSION_MIN_BYTES) {
                assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
                JsonNode unzipped = mapper.readTree(new java.util.zip.GZIPInputStream(
                        new java.io.ByteArrayInputStream(zipped.body())));
                JsonNode asIs = mapper.readTree(plain.body());
                for (JsonNode answer : List.of(unzipped, asIs)) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) answer).remove("timeStamp");
                }
                assertThat(unzipped).as(path).isEqualTo(asIs);
            }
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
    }


    @Test
    @Order(5)
    void placeSearchAcceptsItsParametersThroughTheUnknownParameterGuard() throws Exception {
        JsonNode hits = getJson("/api/places?q=" + java.net.URLEncoder.encode("كفرنبودة",
                java.nio.charset.StandardCharsets.UTF_8) + "&limit=3");

        assertThat(hits.isArray()).isTrue();
        assertThat(hits.get(0).path("id").asText()).isEqualTo("pcode:C3209");
        assertThat(get("/api/places?q=Hama&colour=red").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(5)
    void exportsOfTheIssueFilterReadBackAsValidFilesInEveryFormat() throws Exception {
        List<Long> expected = ids(getJson("/api/events?" + BOX_AND_MAY + "&limit=5000"));
        List<String> expectedIds = expected.stream().map(id -> ExportColumn.ID_PREFIX + id).toList();

        HttpResponse<byte[]> csv = download("csv");
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFevent_id_cnty,event_date,year,time_precision,event_type");
        assertThat(Arrays.stream(lines).skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .containsExactlyElementsOf(expectedIds);

        JsonNode geoJson = mapper.readTree(download("geojson").body());
        assertThat(geoJson.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(ids(geoJson)).containsExactlyElementsOf(expected);

        Path gpkg = directory.resolve("export.gpkg");
        Files.write(gpkg, download("gpkg").body());
        List<String> packaged = new ArrayList<>();
        try (GeoPackage geoPackage = GeoPackageManager.open(gpkg.toFile())) {
            FeatureResultSet rows = geoPackage.getFeatureDao(GeoPackageExportWriter.TABLE).queryForAll();
            try {
                while (rows.moveToNext()) {
                    FeatureRow row = rows.getRow();
                    assertThat(row.getGeometry().getGeometry()).isInstanceOf(mil.nga.sf.Point.class);
                    packaged.add((String) row.getValue("event_id_cnty"));
                }
            } finally {
                rows.close();
            }
        }
        assertThat(packaged).containsExactlyInAnyOrderElementsOf(expectedIds);
    }

    @Test
    @Order(5)
    void anUnknownExportFormatIsAProblem() throws Exception {
        HttpResponse<String> response = get("/api/events/export?format=xls&" + BOX_AND_MAY);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(mapper.readTree(response.body()).path("parameter").asText()).isEqualTo("format");
    }

    private HttpResponse<byte[]> download(String format) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        URI uri = URI.create("http://localhost:" + port + "/api/events/export?format=" + format + "&" + BOX_AND_MAY);
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(format).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"maydan-events." + format + "\"");
        return response;
    }

    @Test
    @Order(6)
    void storedEventsSurviveARestartOnTheSameFile() throws Exception {
        List<Long> before = ids(getJson("/api/events?limit=5000"));
        JsonNode one = getJson("/api/events/" + before.get(0));

        app.close();
        app = startOn(directory);

        assertThat(ids(getJson("/api/events?limit=5000"))).containsExactlyElementsOf(before);
        assertThat(getJson("/api/events/" + before.get(0))).isEqualTo(one);
    }

    private static ConfigurableApplicationContext startOn(Path directory) {
        return new SpringApplicationBuilder(MaydanApplication.class).run(
                "--server.port=0",
                "--maydan.store=embedded",
                "--maydan.embedded.url=jdbc:h2:file:" + directory.resolve("maydan").toAbsolutePath());
    }

    private int sampleEventCount() throws IOException {
        Set<String> keys = new HashSet<>();
        try (InputStream in = new ClassPathResource(SampleDataLoader.RESOURCE).getInputStream()) {
            for (JsonNode report : mapper.readTree(in).path("reports")) {
                for (JsonNode e : report.path("events")) {
                    keys.add(e.path("sub_event_type").asText() + "|" + e.path("place").asText() + "|"
                            + e.path("date").asText());
                }
            }
        }
        return keys.size();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("features").forEach(f -> ids.add(f.path("id").asLong()));
        return ids;
    }

    private JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return mapper.readTree(response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        URI uri = URI.create("http://localhost:" + port + path.replace(" ", "%20"));
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
