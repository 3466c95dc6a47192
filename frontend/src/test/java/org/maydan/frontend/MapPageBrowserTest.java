package org.maydan.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The map page as a user meets it, in headless Chromium against a fake API with our own fixture
 * events (14 events in Idlib, Hama, Latakia and Deir ez-Zor, 2019-04-26 to 2019-05-30, one
 * with every optional field missing and one with hostile markup in its texts).
 */
class MapPageBrowserTest {

    private static final String FIXTURE = "fixtures/events.json";
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String HOSTILE = "<img src=x onerror=\"window.__xss=1\">";
    /** Smaller than the fixture, so the page must follow `next` cursors to see every event. */
    private static final int SMALL_PAGE = 4;
    /** Zoom levels at which all of north-west Syria and Deir ez-Zor fit a 1400x900 window. */
    private static final int FIT_ZOOM_MIN = 6;
    private static final int FIT_ZOOM_MAX = 9;
    /** The eleven sub-event types the backend emits; the fixture has an event of each but IEDs. */
    private static final int LEGEND_TYPES = 11;

    private static FakeMaydanApi api;
    private static SiteServer site;
    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @BeforeAll
    static void startSiteAndBrowser() throws IOException {
        api = new FakeMaydanApi(FIXTURE);
        site = new SiteServer(api);
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (site != null) {
            site.close();
        }
    }

    @BeforeEach
    void resetFake() {
        api.reset();
    }

    @Test
    void showsOneMarkerPerEventFollowingEveryPageOfTheApi() throws IOException {
        api.pageSize(SMALL_PAGE);

        open("");

        int events = api.matching(null, null, List.of()).size();
        awaitMarkers(events);
        assertThat(shownCount()).isEqualTo(events);
        assertThat(text(By.id("shown-count"))).isEqualTo(events + " events shown");
        assertThat(api.requestsTo("/api/events")).extracting(uri -> FakeMaydanApi.query(uri).get("cursor"))
                .containsExactly(null, List.of("4"), List.of("8"), List.of("12"));
        screenshot("map-page.png");
    }

    @Test
    void firstLoadFitsTheMapToTheEventsAndWritesTheViewToTheHash() {
        open("");
        awaitMarkers(api.matching(null, null, List.of()).size());

        // Every marker and cluster, Deir ez-Zor in the east to Qalaat al-Madiq in the west, is in view.
        Object outside = script("""
                const map = document.getElementById('map').getBoundingClientRect();
                return [...document.querySelectorAll('#map .event-marker, #map .event-cluster')].filter((el) => {
                    const r = el.getBoundingClientRect();
                    const x = r.left + r.width / 2, y = r.top + r.height / 2;
                    return x < map.left || x > map.right || y < map.top || y > map.bottom;
                }).length;""");
        assertThat(((Number) outside).intValue()).isZero();
        await(() -> location().contains("map="));
        assertThat(Integer.parseInt(hashParam("map").split("/")[0])).isBetween(FIT_ZOOM_MIN, FIT_ZOOM_MAX);
    }

    static Stream<Arguments> popups() {
        return Stream.of(
                Arguments.of("map=13/35.4090/36.3890", "Qalaat al-Madiq", List.of(
                        "Armed clash", "2019-05-02", "قلعة المضيق", "Qalaat al-Madiq", "As-Suqaylabiyah, Hama",
                        "5–7 killed, sources disagree", "What 2 sources say",
                        "Fixture Agency", "اشتباكات عنيفة على محور القلعة استمرت حتى الفجر", "7 killed",
                        "Fixture Monitor", "حصيلة اشتباكات القلعة", "مقتل خمسة مقاتلين في اشتباكات محور القلعة",
                        "5 killed")),
                Arguments.of("map=16/35.4290/36.5060", "Kafr Nabudah", List.of(
                        "Non-state actor overtakes territory", "كفرنبودة", "No deaths reported",
                        "Location approximate (nearby or part of a region)", "What the source says")),
                Arguments.of("map=13/35.1320/36.7540", "Other", List.of(
                        "Other", "2019-05-28", "حماة", "Source: not recorded")));
    }

    @ParameterizedTest
    @MethodSource("popups")
    void popupShowsTheEventsFieldsAndEachSourcesEvidenceAsText(String hash, String markerTitle, List<String> expected) {
        open(hash);
        openPopup(markerTitle);

        awaitPopupText(expected);
    }

    @Test
    void eachSourceLinksItsArticleOnlyOverHttp() {
        open("map=13/35.4090/36.3890");
        WebElement popup = openPopup("Qalaat al-Madiq");
        awaitPopupText(List.of("What 2 sources say"));

        assertThat(popup.findElements(By.cssSelector(".evidence a"))).singleElement().satisfies(link -> {
            assertThat(link.getAttribute("href")).isEqualTo("https://example.org/report/3");
            assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
        });
        assertThat(popup.findElements(By.cssSelector(".event-fatalities.disputed"))).hasSize(1);
        assertThat(api.requestsTo("/api/events/3")).hasSize(1);
    }

    @Test
    void arabicSentencesAreMarkedRightToLeftCapable() throws IOException {
        open("map=13/35.4090/36.3890");
        openPopup("Qalaat al-Madiq");
        awaitPopupText(List.of("What 2 sources say"));

        WebElement sentence = browser.findElement(By.cssSelector(".leaflet-popup-content .evidence-sentence"));
        assertThat(sentence.getAttribute("dir")).isEqualTo("auto");
        assertThat(sentence.getAttribute("lang")).isEqualTo("ar");
        assertThat(script("return getComputedStyle(arguments[0]).direction", sentence)).isEqualTo("rtl");
        screenshot("map-popup.png");
    }

    @Test
    void whenTheSourcesCannotBeLoadedThePopupKeepsTheNotesAndSaysWhy() {
        api.failWith(FakeMaydanApi.EVENT_DETAIL, 503, "The event store is not reachable.");
        open("map=13/35.4090/36.3890");
        openPopup("Qalaat al-Madiq");

        awaitPopupText(List.of("Sources unavailable: The event store is not reachable.",
                "اشتباكات عنيفة على محور القلعة استمرت حتى الفجر", "7 killed"));
    }

    @Test
    void eventsAtTheSamePlaceSpreadOutWhenTheirClusterIsClicked() {
        open("map=18/35.6140/36.5610");
        await(() -> !browser.findElements(By.cssSelector("#map .event-cluster")).isEmpty());
        assertThat(text(By.cssSelector("#map .event-cluster"))).isEqualTo("2");

        browser.findElement(By.cssSelector("#map .event-cluster")).click();

        await(() -> browser.findElements(markerTitled("Kafr Nabl")).size() == 2);
    }

    @Test
    void hostileMarkupInEventTextIsShownLiterallyAndNeverRuns() {
        open("map=13/35.8120/36.3170");
        WebElement popup = openPopup("2019-05-30");
        awaitPopupText(List.of("What the source says"));

        assertThat(popup.getText()).contains(HOSTILE, HOSTILE + " عنوان", "<script>window.__xss=2</script>",
                "<b onmouseover=\"window.__xss=3\">source</b>");
        assertThat(popup.findElements(By.cssSelector("img, script, b, a"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("img[src='x']"))).isEmpty();
        assertThat(script("return window.__xss === undefined")).isEqualTo(true);
    }

    @ParameterizedTest(name = "{1} presses of {2} on {0} select {3} to {4}")
    @CsvSource({
            "slider-start, 10, ARROW_RIGHT, 2019-05-06, 2019-05-30",
            "slider-end,    5, ARROW_LEFT,  2019-04-26, 2019-05-25",
            "slider-start, 34, ARROW_RIGHT, 2019-05-30, 2019-05-30",
    })
    void movingTheDateSliderRefetchesEventsForTheNewRange(String slider, int presses, Keys key,
            String start, String end) throws IOException {
        open("");
        int all = api.matching(null, null, List.of()).size();
        awaitMarkers(all);

        browser.findElement(By.id(slider)).sendKeys(repeat(key, presses));

        int expected = api.matching(start, end, List.of()).size();
        assertThat(expected).isLessThan(all);
        await(() -> api.requestsTo("/api/events").stream().map(FakeMaydanApi::query)
                .anyMatch(q -> List.of(start).equals(q.get("start")) && List.of(end).equals(q.get("end"))));
        awaitMarkers(expected);
        screenshot("map-slider.png");
        assertThat(text(By.id("range-start"))).isEqualTo(start);
        assertThat(text(By.id("range-end"))).isEqualTo(end);
        assertThat(hashParam("start")).isEqualTo(start);
    }

    @ParameterizedTest
    @CsvSource({"Air/drone strike", "Armed clash", "Other"})
    void uncheckingATypeAsksOnlyForTheOtherTypes(String type) {
        open("");
        awaitMarkers(api.matching(null, null, List.of()).size());

        typeRow(type).findElement(By.cssSelector("input")).click();

        List<String> others = legendTypes().stream().filter(t -> !t.equals(type)).toList();
        await(() -> api.requestsTo("/api/events").stream().map(FakeMaydanApi::query)
                .anyMatch(q -> Set.copyOf(others).equals(Set.copyOf(q.getOrDefault("type", List.of())))));
        awaitMarkers(api.matching(null, null, others).size());
        assertThat(hashParams("type")).containsExactlyInAnyOrderElementsOf(others);
    }

    @Test
    void legendCountsEventsPerTypeWithinTheChosenDates() {
        open("");
        awaitMarkers(api.matching(null, null, List.of()).size());

        assertThat(legendTypes()).hasSize(LEGEND_TYPES);
        for (String type : legendTypes()) {
            int expected = api.matching(null, null, List.of(type)).size();
            assertThat(typeRow(type).findElement(By.cssSelector(".type-count")).getText())
                    .as(type).isEqualTo(String.valueOf(expected));
        }
        // One bar segment per (day, type) pair: the fixture has no two events of a type on one day.
        assertThat(browser.findElements(By.cssSelector("#histogram rect")))
                .hasSize(api.matching(null, null, List.of()).size());
    }

    @Test
    void aSharedLinkRestoresDatesTypesAndView() {
        open("start=2019-05-01&end=2019-05-20&type=Air/drone+strike&type=Armed+clash&map=9/35.6000/36.6000");

        awaitMarkers(api.matching("2019-05-01", "2019-05-20", List.of("Air/drone strike", "Armed clash")).size());
        Map<String, List<String>> query = FakeMaydanApi.query(api.requestsTo("/api/events").get(0));
        assertThat(query.get("start")).containsExactly("2019-05-01");
        assertThat(query.get("end")).containsExactly("2019-05-20");
        assertThat(query.get("type")).containsExactlyInAnyOrder("Air/drone strike", "Armed clash");
        assertThat(typeRow("Armed clash").findElement(By.cssSelector("input")).isSelected()).isTrue();
        assertThat(typeRow("Chemical weapon").findElement(By.cssSelector("input")).isSelected()).isFalse();
        assertThat(hashParam("map")).isEqualTo("9/35.6000/36.6000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/events   | 400 | Parameter 'end' (2019-01-01) must not be before 'start' (2019-05-01).
            /api/events   | 503 | The event store is not reachable; try again in a minute.
            /api/timeline | 500 | Timeline counts failed.
            """)
    void anApiProblemIsShownToTheUser(String endpoint, int status, String detail) {
        api.failWith(endpoint, status, detail);

        open("");

        await(() -> !browser.findElement(By.id("message")).getText().isEmpty());
        assertThat(text(By.id("message"))).contains(detail);
    }

    @Test
    void withoutTheTimelineTheEventsStillShowAndTheirDatesDriveTheSlider() {
        api.failWith("/api/timeline", 500, "Timeline counts failed.");

        open("");

        awaitMarkers(api.matching(null, null, List.of()).size());
        assertThat(text(By.id("axis-min"))).isEqualTo("2019-04-26");
        assertThat(text(By.id("axis-max"))).isEqualTo("2019-05-30");
    }

    @Test
    void noMatchingEventsIsSaidInWords() {
        open("start=2019-04-26&end=2019-05-01&type=Agreement");

        await(() -> text(By.id("message")).contains("No events match"));
        assertThat(shownCount()).isZero();
    }

    @Test
    void untickingEveryTypeEmptiesTheMapWithoutAskingTheServer() {
        open("");
        awaitMarkers(api.matching(null, null, List.of()).size());
        int requests = api.requestsTo("/api/events").size();

        browser.findElement(By.id("types-none")).click();

        awaitMarkers(0);
        assertThat(text(By.id("message"))).contains("No event type is selected");
        assertThat(api.requestsTo("/api/events")).hasSize(requests);
    }

    @Test
    void theBaseMapComesFromMapConfigWhenTheServerHasOne() {
        api.mapConfig(site.base() + "api/test-tiles/{z}/{x}/{y}.png", "Fixture tiles");

        open("");

        awaitMarkers(api.matching(null, null, List.of()).size());
        await(() -> api.requests().stream().anyMatch(uri -> uri.getPath().startsWith("/api/test-tiles/")));
        assertThat(text(By.cssSelector(".leaflet-control-attribution"))).contains("Fixture tiles");
    }

    @Test
    void theBaseMapDefaultsToOpenStreetMap() {
        open("");

        awaitMarkers(api.matching(null, null, List.of()).size());
        assertThat(text(By.cssSelector(".leaflet-control-attribution"))).contains("OpenStreetMap");
        // Read the sources in one script: Leaflet replaces tiles that fail to load (no network
        // here), so element handles can go stale between finding and reading them.
        List<?> sources = (List<?>) script(
                "return Array.from(document.querySelectorAll('img.leaflet-tile')).map(t => t.src);");
        assertThat(sources).allSatisfy(src -> assertThat((String) src).startsWith("https://tile.openstreetmap.org/"));
    }

    // --- helpers

    private static void open(String hash) {
        browser.get("about:blank");
        browser.get(site.base() + (hash.isEmpty() ? "" : "#" + hash));
        await(() -> browser.findElements(By.cssSelector("#type-filter li")).size() > 0);
    }

    private static String location() {
        return browser.getCurrentUrl();
    }

    private static List<String> hashParams(String name) {
        String fragment = URI.create(location()).getRawFragment();
        return FakeMaydanApi.query(URI.create("hash:/?" + (fragment == null ? "" : fragment)))
                .getOrDefault(name, List.of());
    }

    private static String hashParam(String name) {
        List<String> values = hashParams(name);
        return values.isEmpty() ? "" : values.get(0);
    }

    private static WebElement openPopup(String titlePart) {
        await(() -> !browser.findElements(markerTitled(titlePart)).isEmpty());
        browser.findElement(markerTitled(titlePart)).click();
        await(() -> !browser.findElements(By.cssSelector(".leaflet-popup-content .event-popup")).isEmpty());
        // Let the fade-in finish so screenshots and visibility checks see the final popup.
        await(() -> "1".equals(script("return getComputedStyle(document.querySelector('.leaflet-popup')).opacity")));
        return browser.findElement(By.cssSelector(".leaflet-popup-content .event-popup"));
    }

    private static void awaitPopupText(List<String> expected) {
        By content = By.cssSelector(".leaflet-popup-content .event-popup");
        try {
            await(() -> expected.stream().allMatch(browser.findElement(content).getText()::contains));
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(browser.findElement(content).getText()).contains(expected);
        }
    }

    private static By markerTitled(String titlePart) {
        return By.xpath("//div[contains(@class,'event-marker') and contains(@title," + xpathLiteral(titlePart) + ")]");
    }

    private static String xpathLiteral(String s) {
        return "'" + s.replace("'", "") + "'";
    }

    private static WebElement typeRow(String type) {
        return browser.findElements(By.cssSelector("#type-filter li")).stream()
                .filter(li -> type.equals(li.getAttribute("data-type"))).findFirst().orElseThrow();
    }

    private static List<String> legendTypes() {
        return browser.findElements(By.cssSelector("#type-filter li")).stream()
                .map(li -> li.getAttribute("data-type")).toList();
    }

    private static void awaitMarkers(int expected) {
        MapPageProbe.awaitEvents(browser, expected, PATIENCE);
    }

    private static int shownCount() {
        return MapPageProbe.shownCount(browser);
    }

    private static String text(By by) {
        return browser.findElement(by).getText();
    }

    private static @Nullable Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    private static void await(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).until(driver -> condition.getAsBoolean());
    }

    private static CharSequence repeat(Keys key, int times) {
        return IntStream.range(0, times).mapToObj(i -> key.toString()).collect(Collectors.joining());
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }
}
