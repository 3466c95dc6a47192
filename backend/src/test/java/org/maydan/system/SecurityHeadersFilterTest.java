package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The base-map host in the policy, and headers that survive a response reset. */
class SecurityHeadersFilterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " -> ", nullValues = "none", textBlock = """
            https://tile.openstreetmap.org/{z}/{x}/{y}.png -> https://tile.openstreetmap.org
            https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png -> https://*.tile.openstreetmap.org
            https://tiles-{s}.example.org:8443/{z}/{x}/{y}.png -> https://*.example.org:8443
            http://{s}/{z}/{x}/{y}.png -> http:
            //tiles.example.org/{z}/{x}/{y}.png -> tiles.example.org
            /tiles/base/{z}/{x}/{y}.png -> none
            """)
    void theTileHostIsASourceOfImages(String tileUrl, String source) {
        assertThat(SecurityHeadersFilter.sourceOf(tileUrl)).isEqualTo(source);
    }

    @Test
    void theHeadersAreSetAgainWhenTheResponseIsReset() throws Exception {
        SecurityHeadersFilter filter = new SecurityHeadersFilter(new SecurityHeadersProperties(List.of("/embed"),
                List.of("https://img.example.org"), List.of(), "no-referrer", Duration.ofDays(1), true),
                "https://tile.example.org/{z}/{x}/{y}.png");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/events/export");
        request.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> {
            res.setContentType("text/csv");
            res.reset();
        });

        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("img-src 'self' data: blob: https://tile.example.org https://img.example.org")
                .endsWith("frame-ancestors 'self'");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=86400; includeSubDomains");
        assertThat(response.getContentType()).isNull();
    }
}
