package org.maydan.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.maydan.MaydanApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real GIS client, GDAL's {@code ogrinfo} (Debian {@code gdal-bin}, installed by {@code .ci/run}),
 * reads the OGC API of a running app on the embedded store with the sample data: it finds the
 * collection, counts as many features as {@code /api/events} lists, reads a feature with the same
 * attributes, and pushes a property filter to the server. Without ogrinfo the test is skipped,
 * loudly, outside CI and fails in CI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgrinfoTest {

    private static final long OGRINFO_TIMEOUT_SECONDS = 120;
    private static final Pattern FIELD = Pattern.compile("^  (\\w+) \\([^)]*\\) = (.*)$");
    private static final Pattern POINT = Pattern.compile("^  POINT \\(([-0-9.]+) ([-0-9.]+)\\)$");

    @TempDir
    static Path directory;

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private ConfigurableApplicationContext app;
    private String root;

    @BeforeAll
    void start() {
        requireOgrinfo();
        app = new SpringApplicationBuilder(MaydanApplication.class).run(
                "--server.port=0",
                "--maydan.store=embedded",
                "--maydan.embedded.url=jdbc:h2:file:" + directory.resolve("maydan").toAbsolutePath());
        root = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/";
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void ogrinfoListsTheCollectionAndCountsWhatTheApiLists() throws Exception {
        String summary = ogrinfo("-ro", "-so", "OAPIF:" + root, "events");

        assertThat(summary).contains("Layer name: events").contains("Geometry: Point");
        int listed = apiEvents("").size();
        assertThat(listed).isGreaterThan(10);
        assertThat(summary).contains("Feature Count: " + listed);
    }

    @Test
    void ogrinfoReadsAFeatureWithTheAttributesTheApiGives() throws Exception {
        JsonNode feature = apiEvents("").get(3);
        long id = feature.path("id").asLong();

        Map<String, String> read = fields(ogrinfo("-ro", "-q", "OAPIF:" + root, "events", "-fid", String.valueOf(id)));

        JsonNode p = feature.path("properties");
        assertThat(read).containsEntry("id", String.valueOf(id))
                .containsEntry("event_date", p.path("event_date").asText().replace('-', '/'))
                .containsEntry("sub_event_type", p.path("sub_event_type").asText())
                .containsEntry("location", p.path("location").asText())
                .containsEntry("location_ar", p.path("location_ar").asText())
                .containsEntry("admin1", p.path("admin1").asText())
                .containsEntry("notes", p.path("notes").asText())
                .containsEntry("source_count", p.path("source_count").asText())
                .containsEntry("fatalities", p.path("fatalities").isNull() ? "(null)" : p.path("fatalities").asText());
        JsonNode xy = feature.path("geometry").path("coordinates");
        assertThat(Double.parseDouble(read.get("x"))).isCloseTo(xy.get(0).asDouble(), offset(1e-9));
        assertThat(Double.parseDouble(read.get("y"))).isCloseTo(xy.get(1).asDouble(), offset(1e-9));
    }

    @Test
    void ogrinfoPushesTheGovernorateFilterToTheServer() throws Exception {
        String idleb = ogrinfo("-ro", "-al", "-q", "OAPIF:" + root, "-where", "admin1 = 'Idleb'");

        List<String> fids = new ArrayList<>();
        Matcher m = Pattern.compile("OGRFeature\\(events\\):(\\d+)").matcher(idleb);
        while (m.find()) {
            fids.add(m.group(1));
        }
        List<String> listed = new ArrayList<>();
        apiEvents("&admin1=Idleb").forEach(f -> listed.add(f.path("id").asText()));
        assertThat(listed).isNotEmpty();
        assertThat(fids).containsExactlyElementsOf(listed);
    }

    private List<JsonNode> apiEvents(String filter) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(root + "api/events?limit=5000"
                + filter)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> features = new ArrayList<>();
        mapper.readTree(response.body()).path("features").forEach(features::add);
        return features;
    }

    /** The attributes and point of the one feature ogrinfo printed, by name; the point as x and y. */
    private static Map<String, String> fields(String output) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            Matcher field = FIELD.matcher(line);
            if (field.matches()) {
                fields.put(field.group(1), field.group(2));
            }
            Matcher point = POINT.matcher(line);
            if (point.matches()) {
                fields.put("x", point.group(1));
                fields.put("y", point.group(2));
            }
        }
        return fields;
    }

    private static String ogrinfo(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ogrinfo"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(directory, "ogrinfo", ".txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(OGRINFO_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Assertions.fail("ogrinfo did not finish in " + OGRINFO_TIMEOUT_SECONDS + " s: " + command);
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("ogrinfo %s said:%n%s", command, output).isZero();
        return output;
    }

    private static void requireOgrinfo() {
        boolean found;
        try {
            found = new ProcessBuilder("ogrinfo", "--version").redirectErrorStream(true).start()
                    .waitFor(OGRINFO_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (IOException e) {
            found = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            found = false;
        }
        if (found) {
            return;
        }
        String why = "ogrinfo (Debian package gdal-bin) is not installed, so the OGC API client test cannot run.";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(why + " In CI it is required: .ci/run installs it.");
        }
        System.err.println("""

                ************************************************************************
                *  SKIPPED: OGC API test with GDAL's ogrinfo.
                *  %s
                *  Install gdal-bin (apt-get install gdal-bin) or run .ci/run.
                ************************************************************************
                """.formatted(why));
        Assumptions.abort(why);
    }
}
