package org.maydan.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.CsvSource;
import org.maydan.MaydanApplication;
import org.maydan.frontend.HeadlessChromium;
import org.maydan.frontend.MapPageProbe;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The page as the real application serves it, on a temporary embedded store with the sample
 * reports: {@code /embed}, and screenshots in English and Arabic made in headless Chromium with one
 * event's details open. They go to {@code target/screenshots}; with
 * {@code -Dmaydan.screenshots.write=true} also to {@code frontend/docs/}, where the README shows them.
 */
class MapPageScreenshotsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Path TARGET = Path.of("target", "screenshots");
    private static final Path DOCS = Path.of("..", "frontend", "docs");
    /** The sample's air strike reported by two sources that disagree on the toll. */
    private static final String PLACE = "Kafr Nabl";

    @TempDir
    static Path directory;

    private static HeadlessChromium chromium;
    private static WebDriver browser;
    private static ConfigurableApplicationContext app;
    private static String base;

    @BeforeAll
    static void startBrowserAndApplication() {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        app = new SpringApplicationBuilder(MaydanApplication.class).run("--server.port=0", "--maydan.store=embedded",
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

    @ParameterizedTest
    @CsvSource({"en, map.png, 3–4 killed", "ar, map-ar.png, ٣–٤ قتلى"})
    void theMapWithOneEventsSourcesOpen(String lang, String file, String disputedToll) throws IOException {
        browser.get("about:blank");
        browser.get(base + "#lang=" + lang + "&map=9/35.5500/36.5500");
        new WebDriverWait(browser, PATIENCE).until(driver -> MapPageProbe.shownCount(driver) > 0);

        MapPageProbe.openFromList(browser, PLACE, PATIENCE);
        new WebDriverWait(browser, PATIENCE).until(driver -> driver.findElement(
                By.cssSelector(".leaflet-popup-content .event-popup")).getText().contains(disputedToll));
        // Let the popup's fade-in and the map's pan to it finish.
        new WebDriverWait(browser, PATIENCE).until(driver -> "1".equals(((JavascriptExecutor) driver)
                .executeScript("return getComputedStyle(document.querySelector('.leaflet-popup')).opacity")));
        sleepForPan();

        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        for (Path folder : Boolean.getBoolean("maydan.screenshots.write") ? List.of(TARGET, DOCS) : List.of(TARGET)) {
            Files.createDirectories(folder);
            Files.write(folder.resolve(file), png);
        }
        assertThat(png).isNotEmpty();
    }

    @Test
    void embedServesTheMapAloneForIframes() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "embed?timeline=1")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("data-mode=\"embed\"", "app.js");
    }

    private static void sleepForPan() {
        try {
            Thread.sleep(Duration.ofMillis(500).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
