package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Costly requests beyond their cap wait briefly, then are refused; other requests never wait. */
class ConcurrencyCapsTest {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(7);

    private final ConcurrencyCaps caps = new ConcurrencyCaps(new LimitProperties.Concurrent(1, 1, Duration.ZERO),
            RETRY_AFTER, new ProblemWriter(new ObjectMapper()));

    @Test
    void anExportBeyondTheCapIs503WithRetryAfterWhileAnEventPageGoesThrough() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> handle(
                get("/api/events/export", null), (req, res) -> {
                    running.countDown();
                    await(finish);
                }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse second = handle(get("/api/events/export", null), (req, res) -> { });
        MockHttpServletResponse page = handle(get("/api/events", null), (req, res) -> { });
        finish.countDown();

        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getHeader("Retry-After")).isEqualTo("7");
        assertThat(second.getContentAsString()).contains(RequestRefusedException.BUSY.toString());
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(handle(get("/api/events/export", null), (req, res) -> { }).getStatus())
                .as("the slot is free again").isEqualTo(200);
    }

    @Test
    void aTimelineOverABoxIsCappedAndOneWithoutIsNot() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> handle(get("/api/timeline", "35,35,36,36"), (req, res) -> {
            running.countDown();
            await(finish);
        }));
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        int inBox = handle(get("/api/timeline", "35,35,36,36"), (req, res) -> { }).getStatus();
        int everywhere = handle(get("/api/timeline", null), (req, res) -> { }).getStatus();
        int staticMap = handle(get("/api/map.png", null), (req, res) -> { }).getStatus();
        finish.countDown();

        assertThat(inBox).isEqualTo(503);
        assertThat(staticMap).as("shares the expensive-reads slots").isEqualTo(503);
        assertThat(everywhere).isEqualTo(200);
    }

    private MockHttpServletResponse handle(MockHttpServletRequest request, FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            caps.doFilter(request, response, chain);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static MockHttpServletRequest get(String path, String bbox) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (bbox != null) {
            request.setParameter("bbox", bbox);
        }
        return request;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
