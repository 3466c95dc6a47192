package org.maydan.frontend;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the map page shows, read the way the page reports it: the events drawn in view (the canvas
 * layer writes them to the map's {@code data-drawn}), the "N events shown" counter
 * ({@code #shown-count[data-count]}: the events of the window and filters), and the event list.
 * Shared by the frontend's browser tests (fake API), the benchmark and the backend's full-stack
 * test (real API).
 */
public final class MapPageProbe {

    private MapPageProbe() {
    }

    /** Events drawn in the map's view: single dots plus the counts of clusters. */
    public static int eventsOnMap(WebDriver browser) {
        String drawn = browser.findElement(By.id("map")).getAttribute("data-drawn");
        return drawn == null ? -1 : Integer.parseInt(drawn);
    }

    /** The number in the "N events shown" counter, or -1 before the first load. */
    public static int shownCount(WebDriver browser) {
        String count = browser.findElement(By.id("shown-count")).getAttribute("data-count");
        return count == null ? -1 : Integer.parseInt(count);
    }

    /** Waits until the page has finished loading and shows exactly {@code expected} events, all in view. */
    public static void awaitEvents(WebDriver browser, int expected, Duration patience) {
        try {
            new WebDriverWait(browser, patience).until(driver -> eventsOnMap(driver) == expected
                    && shownCount(driver) == expected
                    && !driver.findElement(By.tagName("body")).getAttribute("class").contains("loading"));
        } catch (TimeoutException e) {
            throw new AssertionError("expected " + expected + " events on the map, saw " + eventsOnMap(browser)
                    + " drawn and count " + shownCount(browser), e);
        }
    }

    /** Waits until the page has finished loading and counts {@code expected} events for its filters. */
    public static void awaitCount(WebDriver browser, int expected, Duration patience) {
        try {
            new WebDriverWait(browser, patience).until(driver -> shownCount(driver) == expected
                    && !driver.findElement(By.tagName("body")).getAttribute("class").contains("loading"));
        } catch (TimeoutException e) {
            throw new AssertionError("expected a count of " + expected + ", saw " + shownCount(browser), e);
        }
    }

    /**
     * Opens the details of the newest listed event whose row mentions {@code text} (a place name),
     * as a reader of the list does, and returns the details element once its sources have loaded.
     */
    public static WebElement openFromList(WebDriver browser, String text, Duration patience) {
        By row = By.xpath("//button[contains(@class,'event-row') and contains(., " + literal(text) + ")]");
        // The list draws only the rows in sight: scroll down a page at a time until the row is drawn.
        new WebDriverWait(browser, patience).until(driver -> {
            if (!driver.findElements(row).isEmpty()) {
                return true;
            }
            ((JavascriptExecutor) driver).executeScript("""
                    const list = document.getElementById('event-list');
                    list.scrollTop = list.scrollTop + list.clientHeight >= list.scrollHeight ? 0 : list.scrollTop + list.clientHeight;""");
            return false;
        });
        browser.findElement(row).click();
        By details = By.cssSelector(".leaflet-popup-content .event-popup");
        new WebDriverWait(browser, patience).until(driver -> !driver.findElements(details).isEmpty()
                && !driver.findElements(By.cssSelector(".leaflet-popup-content .event-sources > *")).isEmpty());
        return browser.findElement(details);
    }

    /** Clicks the map at its centre, where a link's {@code map=} puts the event it was made for. */
    public static void clickMapCentre(WebDriver browser) {
        new Actions(browser).moveToElement(browser.findElement(By.id("map"))).click().perform();
    }

    private static String literal(String s) {
        return s.contains("'") ? "\"" + s + "\"" : "'" + s + "'";
    }
}
