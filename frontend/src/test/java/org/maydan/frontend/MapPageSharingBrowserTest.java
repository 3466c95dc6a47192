package org.maydan.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page in Arabic and English, shared and embedded, and against servers that lack parts of the
 * API: no columnar endpoint, more events than it sends at once, base-map tiles that fail. Same
 * fixture, fake API and Content-Security-Policy as {@link MapPageBrowserTest}.
 */
class MapPageSharingBrowserTest extends FixturePageTest {

    @Test
    void thePageIsServedUnderAStrictContentSecurityPolicyAndWorksUnderIt() throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(page.site.base()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        page.openHash("start=2019-05-01&end=2019-05-31");
        page.awaitEvents(api.matching("2019-05-01", "2019-05-31", List.of()).size());
        MapPageProbe.openFromList(page.browser, "Qalaat al-Madiq", PageSession.PATIENCE);
        page.find(By.id("share-button")).click();
        page.await(() -> page.find(By.id("share-dialog")).isDisplayed());
        // The console check after each test fails on any "Refused to ..." CSP report.
    }

    @Test
    void switchingToArabicMirrorsThePageTranslatesItAndIsRemembered() throws IOException {
        page.openHash("map=9/35.5000/36.6000");
        page.awaitCount(all());
        WebElement filters = page.find(By.cssSelector(".filters"));
        WebElement map = page.find(By.id("map"));
        assertThat(filters.getRect().getX()).isLessThan(map.getRect().getX());

        page.find(By.id("lang-button")).click();

        page.await(() -> "rtl".equals(page.script("return document.documentElement.dir")));
        assertThat(page.script("return document.documentElement.lang")).isEqualTo("ar");
        assertThat(filters.getRect().getX()).as("the filters move to the right").isGreaterThan(map.getRect().getX());
        assertThat(page.text(By.id("shown-count"))).isEqualTo("١٤ حدثًا معروضًا");
        assertThat(page.text(By.cssSelector("#type-filter li[data-type='Armed clash'] .type-name"))).isEqualTo("اشتباك مسلّح");
        assertThat(page.text(By.cssSelector("#type-filter li[data-type='Armed clash'] .type-count"))).isEqualTo("٢");
        assertThat(page.find(By.id("range-start")).getText()).contains("نيسان", "٢٠١٩");
        assertThat(page.text(By.id("lang-button"))).isEqualTo("English");
        page.await(() -> page.hashParam("lang").equals("ar"));
        page.screenshot("map-page-ar.png");

        WebElement details = MapPageProbe.openFromList(page.browser, "قلعة المضيق", PageSession.PATIENCE);
        page.awaitDetails(List.of("اشتباك مسلّح", "قلعة المضيق", "Qalaat al-Madiq", "٥–٧ قتلى، والمصادر مختلفة", "ما يقوله المصدران"));
        assertThat(page.script("return getComputedStyle(arguments[0]).direction", details)).isEqualTo("rtl");

        // A later visit without lang in the link comes back in Arabic.
        page.browser.get(page.site.base().toString());
        page.await(() -> "ar".equals(page.script("return document.documentElement.lang")));
        page.awaitCount(all());
    }

    @Test
    void aLinkCanAskForArabic() {
        page.openHash("lang=ar&type=Armed+clash");
        page.awaitCount(2);
        assertThat(page.text(By.id("shown-count"))).isEqualTo("حدثان معروضان");
        assertThat(page.script("return document.documentElement.dir")).isEqualTo("rtl");
    }

    @Test
    void theEmbedDialogGivesTheIframeForThisViewAndSaysWhatTheServerLacks() {
        page.openHash("start=2019-05-01&end=2019-05-20&type=Armed+clash&map=9/35.6000/36.6000");
        page.awaitCount(api.matching("2019-05-01", "2019-05-20", List.of("Armed clash")).size());

        page.find(By.id("share-button")).click();

        String iframe = page.find(By.id("share-iframe")).getAttribute("value");
        assertThat(iframe).startsWith("<iframe src=\"" + page.site.base() + "embed#start=2019-05-01&amp;end=2019-05-20&amp;type=Armed+clash&amp;map=9/35.6000/36.6000")
                .contains("lang=en").endsWith("></iframe>");
        assertThat(page.find(By.id("share-link")).getAttribute("value")).startsWith(page.site.base() + "#start=2019-05-01");
        assertThat(page.text(By.id("share-tiles-note"))).isEqualTo("Not available: this server has no event tiles yet.");
        assertThat(page.text(By.id("share-image-note"))).isEqualTo("Not available: this server has no static map images yet.");
    }

    @Test
    void withTheTileServiceTheDialogGivesTheQgisTemplateAndAStaticImageOfTheView() {
        ObjectNode config = new ObjectMapper().createObjectNode().put("tileUrl", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
                .put("attribution", "OSM");
        config.putObject("services").put("eventColumns", "api/events/columns").put("eventTiles", "tiles/events/{z}/{x}/{y}.png")
                .put("staticMap", "api/map.png").put("embed", "embed");
        api.mapConfig(config);
        page.openHash("start=2019-05-01&end=2019-05-20&type=Armed+clash&map=9/35.6000/36.6000");
        page.awaitCount(api.matching("2019-05-01", "2019-05-20", List.of("Armed clash")).size());

        page.find(By.id("share-button")).click();

        assertThat(page.find(By.id("share-tiles")).getAttribute("value")).isEqualTo(page.site.base()
                + "tiles/events/{z}/{x}/{y}.png?start=2019-05-01&end=2019-05-20&type=Armed+clash");
        String image = page.find(By.id("share-image")).getAttribute("value");
        assertThat(image).startsWith(page.site.base() + "api/map.png?start=2019-05-01&end=2019-05-20&type=Armed+clash&bbox=")
                .contains("&width=", "&height=", "&lang=en");
        assertThat(page.find(By.id("share-image-link")).getAttribute("href")).isEqualTo(image);
    }

    @Test
    void theEmbedPageShowsTheMapOfItsLinkWithItsLanguageAndTimeline() throws IOException {
        page.open("embed?timeline=1&legend=1#start=2019-05-01&end=2019-05-20&type=Armed+clash&type=Air/drone+strike&lang=ar");

        page.awaitEvents(api.matching("2019-05-01", "2019-05-20", List.of("Armed clash", "Air/drone strike")).size());
        assertThat(page.script("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(page.browser.findElements(By.cssSelector(".topbar, .filters, .list-panel"))).isEmpty();
        assertThat(page.find(By.id("embed-timeline")).isDisplayed()).isTrue();
        assertThat(page.find(By.id("embed-legend")).isDisplayed()).isTrue();
        assertThat(page.find(By.id("range-start")).getAttribute("data-date")).isEqualTo("2019-05-01");
        page.screenshot("embed-ar.png");
    }

    @Test
    void withoutTheColumnsEndpointThePagePagesThroughTheGeoJsonApi() {
        api.withoutColumns();
        api.pageSize(4);

        page.openHash("");

        page.awaitEvents(all());
        assertThat(api.requestsTo("/api/events")).extracting(uri -> FakeMaydanApi.query(uri).get("cursor"))
                .containsExactly(null, List.of("4"), List.of("8"), List.of("12"));
        assertThat(page.find(By.id("text-query")).isEnabled()).as("text search needs the columns endpoint").isFalse();
        assertThat(page.text(By.id("search-hint"))).contains("newer server");
        page.chromium.browserErrors();
    }

    @Test
    void withTooManyEventsTheWindowsEventsAreLoadedAsItMoves() {
        api.columnsMaxRows(10);

        page.openHash("start=2019-05-20&end=2019-05-25");

        page.awaitCount(api.matching("2019-05-20", "2019-05-25", List.of()).size());
        assertThat(page.text(By.id("message"))).contains("Too many events to load at once");
        assertThat(page.find(By.id("axis")).getText()).as("the timeline still spans all the data").contains("28 Apr");
        page.find(By.cssSelector("[data-preset='all']")).click();
        page.find(By.id("slider-end")).sendKeys(org.openqa.selenium.Keys.HOME);
        page.find(By.id("slider-end")).sendKeys("\ue014".repeat(4));
        page.await(() -> page.windowEnd().equals("2019-04-30"));
        page.awaitCount(api.matching("2019-04-26", "2019-04-30", List.of()).size());
        assertThat(api.requestsTo(FakeMaydanApi.COLUMNS).stream().map(FakeMaydanApi::query))
                .anyMatch(q -> q.containsKey("start") && q.get("start").get(0).compareTo("2019-04-27") < 0);
        page.chromium.browserErrors();
    }

    @Test
    void whenTheInternetBaseMapFailsMaydansOwnTilesTakeOverInThePagesLanguage() {
        ObjectNode config = new ObjectMapper().createObjectNode()
                .put("tileUrl", page.site.base() + "api/missing-tiles/{z}/{x}/{y}.png").put("attribution", "Missing tiles")
                .put("offlineTileUrl", "api/test-tiles/{z}/{x}/{y}.png?lang={lang}").put("offlineAttribution", "Maydan base map");
        api.mapConfig(config);

        page.openHash("");

        page.awaitEvents(all());
        page.await(() -> api.requests().stream().anyMatch(uri -> uri.getPath().startsWith(FakeMaydanApi.TEST_TILES)
                && "lang=en".equals(uri.getQuery())));
        page.await(() -> page.text(By.cssSelector(".leaflet-control-attribution")).contains("Maydan base map"));
        assertThat(page.text(By.id("message"))).contains("showing Maydan's own");
        assertThat(page.browser.findElements(By.cssSelector(".leaflet-control-layers-base input"))).hasSize(2);

        page.find(By.id("lang-button")).click();
        page.await(() -> api.requests().stream().anyMatch(uri -> uri.getPath().startsWith(FakeMaydanApi.TEST_TILES)
                && "lang=ar".equals(uri.getQuery())));
        assertThat(page.chromium.browserErrors()).as("only the failing internet tiles")
                .allSatisfy(e -> assertThat(e).contains("/api/missing-tiles/"));
    }

    @Test
    void theBaseMapDefaultsToOpenStreetMap() {
        page.openHash("");

        page.awaitEvents(all());
        assertThat(page.text(By.cssSelector(".leaflet-control-attribution"))).contains("OpenStreetMap", "OCHA COD-AB");
        List<?> sources = (List<?>) page.script("return Array.from(document.querySelectorAll('img.leaflet-tile')).map(t => t.src);");
        assertThat(sources).allSatisfy(src -> assertThat((String) src).startsWith("https://tile.openstreetmap.org/"));
        assertThat(URI.create(page.browser.getCurrentUrl()).getPath()).isEqualTo("/");
    }
}
