package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maydan.MaydanApplication;
import org.maydan.frontend.HeadlessChromium;
import org.maydan.frontend.MapPageProbe;
import org.maydan.map.MapProperties;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The map page in headless Chromium against the whole application: the real server on a
 * temporary embedded store filled with the sample reports, serving the page, Leaflet from its
 * WebJar and the event API. Every test ends by checking the browser's console: any SEVERE entry
 * other than a base-map tile that could not load (no internet here) fails it.
 */
class MapPageFullStackTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    /** Failed requests to the base-map tile server are expected offline; nothing else is. */
    private static final String TILE_PREFIX = MapProperties.OSM_TILES.substring(0, MapProperties.OSM_TILES.indexOf("{z}"));
    /** Kafr Nabl: one air strike on 2019-05-06, reported by two sources with 3 and 4 dead. */
    private static final String DISPUTED_PLACE = "Kafr Nabl";
    private static final int CLOSE_ZOOM = 15;
    /** Days the start thumb moves forward: past the first week and a half of the sample. */
    private static final int DAYS_FORWARD = 10;

    @TempDir
    static Path directory;

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static HeadlessChromium chromium;
    private static WebDriver browser;
    private static ConfigurableApplicationContext app;
    private static String base;

    @BeforeAll
    static void startBrowserAndApplication() {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        app = new SpringApplicationBuilder(MaydanApplication.class).run(
                "--server.port=0",
                "--maydan.store=embedded",
                "--maydan.embedded.url=jdbc:h2:file:" + directory.resolve("maydan").toAbsolutePath());
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/";
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void theConsoleHasNoErrors() {
        List<String> errors = chromium.browserErrors().stream().filter(e -> !e.startsWith(TILE_PREFIX)).toList();
        assertThat(errors).as("SEVERE browser console entries").isEmpty();
    }

    @Test
    void thePageLoadsLeafletFromItsWebJarAndShowsEveryEventTheApiReturns() throws Exception {
        int events = api("api/events?limit=5000").path("features").size();

        open("");

        MapPageProbe.awaitEvents(browser, events, PATIENCE);
        assertThat(events).isGreaterThan(DAYS_FORWARD);
        assertThat(script("return L.version")).isEqualTo("1.9.4");
        assertThat(script("return performance.getEntriesByType('resource').map(r => r.name)"))
                .asString().contains(base + "webjars/leaflet/dist/leaflet.js", base + "api/map-config",
                        base + "data/syria-outline.geojson");
        assertThat(browser.findElements(By.cssSelector(".leaflet-outline-pane path"))).isNotEmpty();
        // Without internet access the page may already have switched to the server's offline tiles.
        assertThat(browser.findElement(By.cssSelector(".leaflet-control-attribution")).getText())
                .contains("OCHA COD-AB").containsAnyOf("OpenStreetMap", "Maydan base map");
    }

    @Test
    void aPopupShowsTheArabicPlaceNameAndEachSourcesEvidence() throws Exception {
        JsonNode event = null;
        for (JsonNode feature : api("api/events?limit=5000").path("features")) {
            if (feature.path("properties").path("location").asText().equals(DISPUTED_PLACE)) {
                event = feature;
            }
        }
        assertThat(event).as(DISPUTED_PLACE + " in the sample data").isNotNull();
        JsonNode detail = api("api/events/" + event.path("id").asLong());
        List<String> expected = new ArrayList<>(List.of(detail.path("properties").path("location_ar").asText(),
                "3–4 killed, sources disagree", "3 killed", "4 killed"));
        detail.path("properties").path("evidence").forEach(e -> expected.add(e.path("sentence").asText()));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(6);
        JsonNode xy = event.path("geometry").path("coordinates");

        open(String.format(Locale.ROOT, "map=%d/%.4f/%.4f", CLOSE_ZOOM, xy.get(1).asDouble(), xy.get(0).asDouble()));
        MapPageProbe.openFromList(browser, DISPUTED_PLACE, PATIENCE);

        By popup = By.cssSelector(".leaflet-popup-content .event-popup");
        await(() -> !browser.findElements(popup).isEmpty()
                && expected.stream().allMatch(browser.findElement(popup).getText()::contains));
        WebElement sentence = browser.findElement(By.cssSelector(".leaflet-popup-content .evidence-sentence"));
        assertThat(script("return getComputedStyle(arguments[0]).direction", sentence)).isEqualTo("rtl");
    }

    @Test
    void movingTheDateSliderShowsOnlyTheEventsOfTheNewRange() throws Exception {
        JsonNode days = api("api/timeline").path("days");
        String first = days.get(0).path("date").asText();
        String last = days.get(days.size() - 1).path("date").asText();
        String start = java.time.LocalDate.parse(first).plusDays(DAYS_FORWARD).toString();
        int all = api("api/events?limit=5000").path("features").size();
        int inRange = api("api/events?limit=5000&start=" + start + "&end=" + last).path("features").size();
        open("");
        MapPageProbe.awaitEvents(browser, all, PATIENCE);

        browser.findElement(By.id("slider-start")).sendKeys(
                IntStream.range(0, DAYS_FORWARD).mapToObj(i -> Keys.ARROW_RIGHT.toString()).collect(Collectors.joining()));

        assertThat(inRange).isPositive().isLessThan(all);
        MapPageProbe.awaitEvents(browser, inRange, PATIENCE);
        assertThat(browser.findElement(By.id("range-start")).getAttribute("data-date")).isEqualTo(start);
        await(() -> browser.getCurrentUrl().contains("start=" + start));
    }

    private static void open(String hash) {
        browser.get("about:blank");
        browser.get(base + (hash.isEmpty() ? "" : "#" + hash));
        await(() -> !browser.findElements(By.cssSelector("#type-filter li")).isEmpty());
    }

    private static JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).until(driver -> condition.getAsBoolean());
    }
}
