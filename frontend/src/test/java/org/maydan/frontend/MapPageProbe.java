package org.maydan.frontend;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the map page shows, read the way a user would count it: single markers plus the numbers
 * inside cluster rings, and the "N events shown" counter. Shared by the frontend's browser tests
 * (fake API) and the backend's full-stack test (real API).
 */
public final class MapPageProbe {

    private MapPageProbe() {
    }

    /** Events on the map: single markers plus the counts inside cluster rings. */
    public static int eventsOnMap(WebDriver browser) {
        Object count = ((JavascriptExecutor) browser).executeScript("""
                const singles = document.querySelectorAll('#map .event-marker').length;
                const clustered = [...document.querySelectorAll('#map .cluster-count')]
                    .reduce((sum, el) => sum + Number(el.textContent), 0);
                return singles + clustered;""");
        return ((Number) count).intValue();
    }

    /** The number in the "N events shown" counter, or -1 before the first load. */
    public static int shownCount(WebDriver browser) {
        String count = browser.findElement(By.id("shown-count")).getAttribute("data-count");
        return count == null ? -1 : Integer.parseInt(count);
    }

    /** Waits until the page has finished loading and shows exactly {@code expected} events. */
    public static void awaitEvents(WebDriver browser, int expected, Duration patience) {
        try {
            new WebDriverWait(browser, patience).until(driver -> eventsOnMap(driver) == expected
                    && shownCount(driver) == expected
                    && !driver.findElement(By.tagName("body")).getAttribute("class").contains("loading"));
        } catch (TimeoutException e) {
            throw new AssertionError("expected " + expected + " events on the map, saw " + eventsOnMap(browser)
                    + " markers and count " + shownCount(browser), e);
        }
    }
}
