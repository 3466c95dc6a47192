package org.maydan.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The map page as an analyst uses it, in headless Chromium under a strict Content-Security-Policy
 * against a fake API with our own fixture events (14 events in Idlib, Hama, Latakia and Deir
 * ez-Zor, 2019-04-26 to 2019-05-30, one with every optional field missing and one with hostile
 * markup in its texts): the events load once, then the timeline, filters, list and details work
 * in the browser. Every test ends by checking the console for errors (CSP violations among them).
 */
class MapPageBrowserTest extends FixturePageTest {

    private static final String HOSTILE = "<img src=x onerror=\"window.__xss=1\">";
    private static final String COLUMNS = FakeMaydanApi.COLUMNS;
    /** Kafr Nabudah in the fixture; Qalaat al-Madiq is 10.8 km away, the rest farther. */
    private static final double KAFR_NABUDAH_LAT = 35.429;
    private static final double KAFR_NABUDAH_LON = 36.506;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    @Test
    void loadsEveryEventOnceAsColumnsAndDrawsThemAllInView() throws IOException {
        page.openHash("");

        page.awaitEvents(all());
        assertThat(page.text(By.id("shown-count"))).isEqualTo(all() + " events shown");
        assertThat(api.requestsTo(COLUMNS)).hasSize(1);
        assertThat(api.requestsTo("/api/events")).isEmpty();
        assertThat(page.browser.findElements(By.cssSelector("#map .leaflet-marker-icon:not(.outline-label)")))
                .as("events are drawn on a canvas, not as DOM markers").isEmpty();
        assertThat(page.script("return document.querySelector('#map canvas.event-canvas').width > 0")).isEqualTo(true);
        page.await(() -> page.hashParam("map").matches("[6-9]/.*"));
        page.screenshot("map-page.png");
    }

    @Test
    void theWindowsGripsMoveByDayWithTheKeysAndNothingIsRefetched() {
        page.openHash("");
        page.awaitEvents(all());

        page.find(By.id("slider-start")).sendKeys(repeat(Keys.ARROW_RIGHT, 10));
        page.find(By.id("slider-end")).sendKeys(repeat(Keys.ARROW_LEFT, 5));

        assertThat(page.windowStart()).isEqualTo("2019-05-06");
        assertThat(page.windowEnd()).isEqualTo("2019-05-25");
        page.awaitCount(api.matching("2019-05-06", "2019-05-25", List.of()).size());
        assertThat(page.text(By.id("range-start"))).isEqualTo("6 May 2019");
        page.await(() -> page.hashParam("start").equals("2019-05-06") && page.hashParam("end").equals("2019-05-25"));
        assertThat(api.requestsTo(COLUMNS)).hasSize(1);
    }

    @Test
    void brushingANewWindowThenDraggingItKeepsCountsInStepWithTheLabels() {
        page.openHash("start=2019-05-01&end=2019-05-07");
        page.awaitCount(api.matching("2019-05-01", "2019-05-07", List.of()).size());
        WebElement brush = page.find(By.id("brush"));
        int width = brush.getRect().getWidth();

        // Brush from a fifth to two fifths of the chart (outside the current window).
        new Actions(page.browser).moveToElement(brush, -width / 2 + width * 3 / 5, 0).clickAndHold()
                .moveByOffset(width / 5, 0).release().perform();
        String brushedStart = page.windowStart();
        String brushedEnd = page.windowEnd();
        assertThat(LocalDate.parse(brushedStart)).isAfter(LocalDate.parse("2019-05-07"));
        page.awaitCount(api.matching(brushedStart, brushedEnd, List.of()).size());

        // Drag the whole window back by a fifth of the chart: same length, earlier dates.
        WebElement selection = page.find(By.cssSelector("#brush .selection"));
        new Actions(page.browser).moveToElement(selection).clickAndHold().moveByOffset(-width / 5, 0).release().perform();
        assertThat(LocalDate.parse(page.windowStart())).isBefore(LocalDate.parse(brushedStart));
        assertThat(LocalDate.parse(page.windowEnd()).toEpochDay() - LocalDate.parse(page.windowStart()).toEpochDay())
                .isEqualTo(LocalDate.parse(brushedEnd).toEpochDay() - LocalDate.parse(brushedStart).toEpochDay());
        page.awaitCount(api.matching(page.windowStart(), page.windowEnd(), List.of()).size());

        // Resize the end: drag the east edge of the window to the right.
        int before = (int) (LocalDate.parse(page.windowEnd()).toEpochDay());
        WebElement east = page.find(By.cssSelector("#brush .handle--e"));
        new Actions(page.browser).moveToElement(east).clickAndHold().moveByOffset(width / 10, 0).release().perform();
        assertThat(LocalDate.parse(page.windowEnd()).toEpochDay()).isGreaterThan(before);
        page.awaitCount(api.matching(page.windowStart(), page.windowEnd(), List.of()).size());
        assertThat(api.requestsTo(COLUMNS)).hasSize(1);
    }

    @Test
    void overTheWholeTimelineADragBrushesANewWindow() {
        page.openHash("");
        page.awaitEvents(all());
        WebElement brush = page.find(By.id("brush"));
        int width = brush.getRect().getWidth();

        new Actions(page.browser).moveToElement(brush, -width / 4, 0).clickAndHold().moveByOffset(width / 4, 0).release().perform();

        assertThat(LocalDate.parse(page.windowStart())).isAfter(LocalDate.parse("2019-04-30"));
        assertThat(LocalDate.parse(page.windowEnd())).isBefore(LocalDate.parse("2019-05-16"));
        page.awaitCount(api.matching(page.windowStart(), page.windowEnd(), List.of()).size());
    }

    @Test
    void playingMovesTheWindowAndTheCountsFollowUntilPaused() {
        page.openHash("start=2019-04-26&end=2019-05-02&speed=day");
        page.awaitCount(api.matching("2019-04-26", "2019-05-02", List.of()).size());

        page.find(By.id("play")).click();
        page.await(() -> LocalDate.parse(page.windowStart()).isAfter(LocalDate.parse("2019-04-28")));
        page.find(By.id("play")).click();

        String start = page.windowStart();
        String end = page.windowEnd();
        assertThat(LocalDate.parse(end).toEpochDay() - LocalDate.parse(start).toEpochDay()).isEqualTo(6);
        assertThat(page.find(By.id("play")).getAttribute("aria-pressed")).isEqualTo("false");
        page.awaitCount(api.matching(start, end, List.of()).size());
        page.await(() -> page.hashParam("start").equals(start));
        assertThat(page.windowStart()).isEqualTo(start);
        assertThat(api.requestsTo(COLUMNS)).hasSize(1);
    }

    @Test
    void spacePlaysAndPausesAndTheArrowKeysStepByTheSpeed() {
        page.openHash("start=2019-05-01&end=2019-05-07&speed=week");
        page.awaitCount(api.matching("2019-05-01", "2019-05-07", List.of()).size());

        new Actions(page.browser).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(List.of(page.windowStart(), page.windowEnd())).containsExactly("2019-05-08", "2019-05-14");
        page.awaitCount(api.matching("2019-05-08", "2019-05-14", List.of()).size());
        new Actions(page.browser).sendKeys(Keys.ARROW_LEFT).sendKeys(Keys.ARROW_LEFT).perform();
        assertThat(List.of(page.windowStart(), page.windowEnd())).containsExactly("2019-04-26", "2019-05-02");

        new Actions(page.browser).sendKeys(" ").perform();
        assertThat(page.find(By.id("play")).getAttribute("aria-pressed")).isEqualTo("true");
        new Actions(page.browser).sendKeys(" ").perform();
        assertThat(page.find(By.id("play")).getAttribute("aria-pressed")).isEqualTo("false");
    }

    @ParameterizedTest
    @CsvSource({"7, 2019-05-24, 2019-05-30", "30, 2019-05-01, 2019-05-30", "all, 2019-04-26, 2019-05-30"})
    void presetsChooseTheLastDaysOfTheDataOrAllOfIt(String preset, String start, String end) {
        page.openHash("start=2019-05-01&end=2019-05-02");
        page.awaitCount(api.matching("2019-05-01", "2019-05-02", List.of()).size());

        page.find(By.cssSelector("[data-preset='" + preset + "']")).click();

        assertThat(List.of(page.windowStart(), page.windowEnd())).containsExactly(start, end);
        page.awaitCount(api.matching(start, end, List.of()).size());
    }

    @ParameterizedTest
    @CsvSource({"Air/drone strike", "Armed clash", "Other"})
    void untickingATypeFiltersInTheBrowserAndTheHistogramFollows(String type) {
        page.openHash("");
        page.awaitEvents(all());
        String bars = page.find(By.id("histogram")).getAttribute("data-bars");

        page.typeRow(type).findElement(By.cssSelector("input")).click();

        List<String> others = page.legendTypes().stream().filter(t -> !t.equals(type)).toList();
        page.awaitCount(api.matching(null, null, others).size());
        page.await(() -> Set.copyOf(page.hashParams("type")).equals(Set.copyOf(others)));
        assertThat(Integer.parseInt(page.find(By.id("histogram")).getAttribute("data-bars"))).isLessThan(Integer.parseInt(bars));
        assertThat(page.typeRow(type).findElement(By.cssSelector(".type-count")).getText())
                .as("an unticked type still shows its count").isEqualTo(String.valueOf(api.matching(null, null, List.of(type)).size()));
        assertThat(api.requestsTo(COLUMNS)).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"كفرنبودة", "Kfar Nabouda"})
    void searchingAPlaceInArabicOrLatinZoomsToItAndKeepsTheEventsWithinTheRadius(String query) {
        page.openHash("");
        page.awaitEvents(all());

        page.find(By.id("place-input")).sendKeys(query);
        page.await(() -> page.text(By.id("place-results")).contains("Kafr Nabudah"));
        page.find(By.cssSelector("#place-results .place-result")).click();

        long within = api.events().stream()
                .filter(e -> distanceKm(KAFR_NABUDAH_LAT, KAFR_NABUDAH_LON, e.lat(), e.lon()) <= 10).count();
        assertThat(within).isPositive().isLessThan(all());
        page.awaitCount((int) within);
        page.await(() -> page.hashParam("near").equals("35.4290/36.5060/10") && page.hashParam("map").startsWith("11/"));
        assertThat(page.text(By.id("near-place"))).contains("Kafr Nabudah");

        new org.openqa.selenium.support.ui.Select(page.find(By.id("near-radius"))).selectByValue("25");
        page.awaitCount((int) api.events().stream()
                .filter(e -> distanceKm(KAFR_NABUDAH_LAT, KAFR_NABUDAH_LON, e.lat(), e.lon()) <= 25).count());
    }

    @Test
    void aMinimumDeathTollFiltersInTheBrowser() {
        page.openHash("");
        page.awaitEvents(all());

        page.find(By.id("min-fatalities")).sendKeys("3");

        page.awaitCount((int) api.events().stream().filter(e -> e.fatalities() != null && e.fatalities() >= 3).count());
        page.await(() -> page.hashParam("minf").equals("3"));
        assertThat(page.find(By.id("min-confidence")).isEnabled()).as("no event carries a confidence yet").isFalse();
        assertThat(api.requestsTo(COLUMNS)).hasSize(1);
    }

    @Test
    void onceEventsCarryAConfidenceItsMinimumFiltersInTheBrowser() {
        api.confidences(0.9, 0.4, 0.75, 0.2, 0.95);
        page.openHash("");
        page.awaitEvents(all());
        assertThat(page.find(By.id("min-confidence")).isEnabled()).isTrue();

        page.script("const range = document.getElementById('min-confidence');"
                + "range.value = '0.75'; range.dispatchEvent(new Event('input', {bubbles: true}));");

        page.awaitCount(3);
        page.await(() -> page.hashParam("minc").equals("0.75"));
        assertThat(page.text(By.id("min-confidence-value"))).isEqualTo("0.75");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            text-query   | القلعة          | q
            source-query | Fixture Monitor | source
            """)
    void textAndSourceSearchAskTheServer(String input, String words, String parameter) {
        page.openHash("");
        page.awaitEvents(all());

        page.find(By.id(input)).sendKeys(words, Keys.ENTER);

        page.await(() -> api.requestsTo(COLUMNS).stream().anyMatch(uri -> List.of(words).equals(FakeMaydanApi.query(uri).get(parameter))));
        long expected = api.events().stream().filter(e -> parameter.equals("q") ? e.mentions(words) : e.publishedBy(words)).count();
        assertThat(expected).isPositive().isLessThan(all());
        page.awaitCount((int) expected);
        page.await(() -> page.hashParam(parameter).equals(words));
    }

    @Test
    void theListShowsTheEventsInViewNewestFirstAndHoveringRingsTheEvent() {
        page.openHash("");
        page.awaitEvents(all());
        page.await(() -> !page.hashParam("map").isEmpty());

        List<WebElement> rows = page.browser.findElements(By.cssSelector("#event-list .event-row"));
        assertThat(rows).hasSize(all());
        assertThat(rows.get(0).getAttribute("data-id")).isEqualTo("14");
        assertThat(rows.get(rows.size() - 1).getAttribute("data-id")).isEqualTo("1");
        assertThat(page.find(By.id("list-count")).getAttribute("data-count")).isEqualTo(String.valueOf(all()));

        new Actions(page.browser).moveToElement(rows.get(3)).perform();
        page.await(() -> !page.browser.findElements(By.cssSelector("#map path.event-highlight")).isEmpty());

        page.openHash("map=15/35.4090/36.3890");
        page.await(() -> "1".equals(page.find(By.id("list-count")).getAttribute("data-count")));
        assertThat(page.text(By.id("event-list"))).contains("Qalaat al-Madiq", "قلعة المضيق", "7 killed");
    }

    @Test
    void detailsShowThePlaceInBothScriptsTheDatePrecisionTheDisputedTollAndEachSourceWithThePlaceMarked() {
        page.openHash("map=13/35.4090/36.3890");
        WebElement details = MapPageProbe.openFromList(page.browser, "Qalaat al-Madiq", PageSession.PATIENCE);

        page.awaitDetails(List.of("Armed clash", "2 May 2019", "قلعة المضيق", "Qalaat al-Madiq", "As-Suqaylabiyah, Hama",
                "5–7 killed, sources disagree", "What 2 sources say", "Fixture Agency",
                "اشتباكات عنيفة على محور القلعة استمرت حتى الفجر", "7 killed", "Fixture Monitor", "حصيلة اشتباكات القلعة",
                "مقتل خمسة مقاتلين في اشتباكات محور القلعة", "5 killed"));
        assertThat(details.findElements(By.cssSelector("mark.place-mark"))).singleElement()
                .extracting(WebElement::getText).isEqualTo("محور القلعة");
        assertThat(details.findElements(By.cssSelector(".evidence a"))).singleElement().satisfies(link -> {
            assertThat(link.getAttribute("href")).isEqualTo("https://example.org/report/3");
            assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer");
        });
        WebElement sentence = details.findElement(By.cssSelector(".evidence-sentence"));
        assertThat(page.script("return getComputedStyle(arguments[0]).direction", sentence)).isEqualTo("rtl");
        assertThat(api.requestsTo("/api/events/3")).hasSize(1);
    }

    @Test
    void detailsSayWhenTheDateIsOnlyTheLatestPossibleDayAndHowSureTheEventIsInBothLanguages() {
        api.confidences(0.9, 0.4, 0.75, 0.2, 0.61);
        page.openHash("map=14/35.4270/36.5030");
        MapPageProbe.openFromList(page.browser, "Government regains territory", PageSession.PATIENCE);

        page.awaitDetails(List.of("Government regains territory", "on or before 6 May 2019 (approximate)",
                "The sources do not say when", "Confidence 0.61"));

        page.openHash("map=14/35.4270/36.5030&lang=ar");
        MapPageProbe.openFromList(page.browser, "استعادة الحكومة لأراضٍ", PageSession.PATIENCE);
        page.awaitDetails(List.of("أو قبله (تاريخ تقريبي)", "لا تذكر المصادر متى وقع الحدث", "الثقة ٠٫٦١"));
    }

    @Test
    void clickingAnEventOnTheMapOpensItsDetailsWithItsDatePrecision() {
        page.openHash("map=14/35.6470/36.6740");
        page.awaitCount(all());

        MapPageProbe.clickMapCentre(page.browser);

        page.awaitDetails(List.of("Displacement", "week of 12 May 2019", "Date approximate (within a week)",
                "معرة النعمان", "Maarat al-Numan", "What the source says"));
    }

    @Test
    void clickingEventsAtOneSpotListsThemNewestFirstAndEachOpensItsDetails() {
        page.openHash("map=18/35.6140/36.5610");
        page.awaitCount(all());

        MapPageProbe.clickMapCentre(page.browser);
        page.await(() -> page.browser.findElements(By.cssSelector(".cluster-popup .cluster-event")).size() == 2);
        assertThat(page.text(By.cssSelector(".cluster-popup"))).contains("2 events here", "Air/drone strike", "4 May 2019", "26 Apr 2019");
        page.find(By.cssSelector(".cluster-popup .cluster-event")).click();

        page.awaitDetails(List.of("Air/drone strike", "4 May 2019", "كفرنبل", "Kafr Nabl", "2 killed",
                "طائرة مسيّرة تستهدف سوق البلدة"));
    }

    @Test
    void whenTheSourcesCannotBeLoadedTheDetailsSayWhy() {
        api.failWith(FakeMaydanApi.EVENT_DETAIL, 503, "The event store is not reachable.");
        page.openHash("map=13/35.4090/36.3890");
        MapPageProbe.openFromList(page.browser, "Qalaat al-Madiq", PageSession.PATIENCE);

        page.awaitDetails(List.of("Sources unavailable: The event store is not reachable.", "7 killed"));
        page.chromium.browserErrors();
    }

    @Test
    void hostileMarkupInEventTextIsShownLiterallyAndNeverRuns() {
        page.openHash("map=13/35.8120/36.3170");
        WebElement details = MapPageProbe.openFromList(page.browser, "onerror", PageSession.PATIENCE);

        page.awaitDetails(List.of("What the source says"));
        assertThat(details.getText()).contains(HOSTILE, HOSTILE + " عنوان", "<script>window.__xss=2</script>",
                "<b onmouseover=\"window.__xss=3\">source</b>");
        assertThat(details.findElements(By.cssSelector("img, script, b, a"))).isEmpty();
        assertThat(page.text(By.id("event-list"))).contains(HOSTILE);
        assertThat(page.browser.findElements(By.cssSelector("img[src='x']"))).isEmpty();
        assertThat(page.script("return window.__xss === undefined")).isEqualTo(true);
    }

    @Test
    void aSharedLinkRestoresDatesTypesFiltersAndView() {
        page.openHash("start=2019-05-01&end=2019-05-20&type=Air/drone+strike&type=Armed+clash&map=9/35.6000/36.6000&minf=1");

        page.awaitCount((int) api.matching("2019-05-01", "2019-05-20", List.of("Air/drone strike", "Armed clash")).stream()
                .filter(e -> e.fatalities() != null && e.fatalities() >= 1).count());
        assertThat(page.typeRow("Armed clash").findElement(By.cssSelector("input")).isSelected()).isTrue();
        assertThat(page.typeRow("Chemical weapon").findElement(By.cssSelector("input")).isSelected()).isFalse();
        assertThat(page.find(By.id("min-fatalities")).getAttribute("value")).isEqualTo("1");
        assertThat(List.of(page.windowStart(), page.windowEnd())).containsExactly("2019-05-01", "2019-05-20");
        page.await(() -> page.hashParam("map").equals("9/35.6000/36.6000"));
    }

    @Test
    void untickingEveryTypeEmptiesTheMapAndSaysWhy() {
        page.openHash("");
        page.awaitEvents(all());

        page.find(By.id("types-none")).click();

        page.awaitEvents(0);
        assertThat(page.text(By.id("message"))).contains("No event type is selected");
        page.await(() -> page.hashParams("type").equals(List.of("")));
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static CharSequence repeat(Keys key, int times) {
        return key.toString().repeat(times);
    }
}
