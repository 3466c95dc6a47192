package org.maydan.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the browser tests share: one fake API over the fixture events, the site and a Chromium per
 * test class, the fake reset before each test, and the console checked for errors after it.
 */
abstract class FixturePageTest {

    private static final String FIXTURE = "fixtures/events.json";

    static PageSession page;
    static FakeMaydanApi api;

    @BeforeAll
    static void start() throws IOException {
        api = new FakeMaydanApi(FIXTURE);
        page = new PageSession(api);
    }

    @AfterAll
    static void stop() {
        if (page != null) {
            page.close();
        }
    }

    @BeforeEach
    void resetFake() {
        api.reset();
    }

    /** Any SEVERE console entry fails the test: script errors, failed requests, CSP violations. */
    @AfterEach
    void theConsoleHasNoErrors() {
        assertThat(page.unexpectedConsoleErrors()).as("SEVERE console entries, CSP violations among them").isEmpty();
    }

    static int all() {
        return api.events().size();
    }
}
