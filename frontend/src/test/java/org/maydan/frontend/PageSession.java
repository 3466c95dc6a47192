package org.maydan.frontend;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A fake API, the site serving the page over it, and a headless Chromium pointed at it, with the
 * small vocabulary the browser tests speak: open a hash, wait for a condition, read text, the
 * hash's parameters and the page's counters.
 */
final class PageSession implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final FakeMaydanApi api;
    final SiteServer site;
    final HeadlessChromium chromium;
    final WebDriver browser;

    PageSession(FakeMaydanApi api) throws IOException {
        this.api = api;
        this.site = new SiteServer(api);
        this.chromium = HeadlessChromium.start();
        this.browser = chromium.driver();
    }

    /** Opens the page (or another path) afresh, in English unless the link says otherwise, and waits for the legend. */
    void open(String pathAndHash) {
        // A fresh visitor: nothing remembered (the language) from an earlier test.
        ((ChromeDriver) browser).executeCdpCommand("Storage.clearDataForOrigin",
                Map.of("origin", site.base().toString().replaceAll("/$", ""), "storageTypes", "local_storage"));
        browser.get("about:blank");
        browser.get(site.base() + pathAndHash);
        await(() -> !browser.findElements(By.cssSelector("#type-filter li")).isEmpty());
    }

    /** Opens the main page with this hash (without its #). */
    void openHash(String hash) {
        open(hash.isEmpty() ? "" : "#" + hash);
    }

    void await(BooleanSupplier condition) {
        new WebDriverWait(browser, PATIENCE).until(driver -> condition.getAsBoolean());
    }

    void awaitCount(int expected) {
        MapPageProbe.awaitCount(browser, expected, PATIENCE);
    }

    void awaitEvents(int expected) {
        MapPageProbe.awaitEvents(browser, expected, PATIENCE);
    }

    int shownCount() {
        return MapPageProbe.shownCount(browser);
    }

    String text(By by) {
        return browser.findElement(by).getText();
    }

    WebElement find(By by) {
        return browser.findElement(by);
    }

    @Nullable Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(js, args);
    }

    List<String> hashParams(String name) {
        String fragment = URI.create(browser.getCurrentUrl()).getRawFragment();
        return FakeMaydanApi.query(URI.create("hash:/?" + (fragment == null ? "" : fragment))).getOrDefault(name, List.of());
    }

    String hashParam(String name) {
        List<String> values = hashParams(name);
        return values.isEmpty() ? "" : values.get(0);
    }

    /** The ISO dates of the window, as the timeline's labels carry them. */
    String windowStart() {
        return find(By.id("range-start")).getAttribute("data-date");
    }

    String windowEnd() {
        return find(By.id("range-end")).getAttribute("data-date");
    }

    WebElement typeRow(String type) {
        return browser.findElements(By.cssSelector("#type-filter li")).stream()
                .filter(li -> type.equals(li.getAttribute("data-type"))).findFirst().orElseThrow();
    }

    List<String> legendTypes() {
        return browser.findElements(By.cssSelector("#type-filter li")).stream().map(li -> li.getAttribute("data-type")).toList();
    }

    /** The details popup once its sources have loaded. */
    WebElement awaitDetails(List<String> expected) {
        By details = By.cssSelector(".leaflet-popup-content .event-popup");
        try {
            await(() -> !browser.findElements(details).isEmpty()
                    && expected.stream().allMatch(browser.findElement(details).getText()::contains));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("details show: " + (browser.findElements(details).isEmpty() ? "nothing"
                    : browser.findElement(details).getText()) + "\nexpected all of " + expected, e);
        }
        return browser.findElement(details);
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Console errors other than base-map tiles that cannot load here (no internet) and the fake's missing map config. */
    List<String> unexpectedConsoleErrors() {
        return chromium.browserErrors().stream()
                .filter(e -> !e.startsWith("https://tile.openstreetmap.org/") && !e.contains("/api/map-config"))
                .toList();
    }

    @Override
    public void close() {
        chromium.close();
        site.close();
    }
}
