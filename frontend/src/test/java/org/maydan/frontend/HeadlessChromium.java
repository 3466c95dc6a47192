package org.maydan.frontend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts the machine's headless Chromium through its chromedriver, never through Selenium
 * Manager (which would try to download a driver). Without Chromium the tests are skipped with a
 * loud message on a developer machine and fail in CI ({@code CI=true}), where a skip would hide
 * that nothing was tested.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path BINARY = Path.of(envOr("MAYDAN_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(envOr("MAYDAN_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final String WINDOW_SIZE = "--window-size=1400,900";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(20);

    private final WebDriver driver;
    private final Path profile;

    private HeadlessChromium(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** The browser. */
    public WebDriver driver() {
        return driver;
    }

    /** Starts a fresh browser with an empty temporary profile, or skips (fails in CI) without one. */
    public static HeadlessChromium start() {
        if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
            String message = "Browser tests need Chromium at " + BINARY + " and chromedriver at " + DRIVER
                    + " (or set MAYDAN_CHROMIUM / MAYDAN_CHROMEDRIVER); on Debian: apt-get install chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            System.err.println("\n*** SKIPPING BROWSER TESTS: " + message + " ***\n");
            Assumptions.abort(message);
        }
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        Path profile;
        try {
            profile = Files.createTempDirectory("maydan-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        // Without the background-networking flags Chromium stalls on a closed network.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", WINDOW_SIZE, "--lang=en-US", "--user-data-dir=" + profile);
        // Keeps the page's console and network errors for browserErrors().
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
        return new HeadlessChromium(driver, profile);
    }

    /**
     * The page's SEVERE console entries (script errors, failed requests) since the last call, as
     * text; each call drains the browser's buffer.
     */
    public List<String> browserErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
