package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guards every request passes, over real HTTP on the whole application: security headers on
 * pages, API answers, refusals and framable paths; per-client rate limits; the body size limit
 * before and while a body is read; the OpenAPI server from configuration; the laptop address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpGuardsFullStackTest {

    private static final String KEY = "guards-test-key";
    private static final int WRITES_PER_MINUTE = 3;
    private static final int MAX_BODY_BYTES = 64 * 1024;
    /** A client address as a trusted proxy reports it, so the rate test has a budget of its own. */
    private static final String RATE_TESTER = "203.0.113.7";
    private static final String TILE_HOST = "https://*.tiles.example.org";

    @TempDir
    static Path dir;

    private RunningApp app;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void start() {
        app = RunningApp.embedded(dir, "--maydan.write.api-key=" + KEY,
                "--maydan.limits.rate.writes=" + WRITES_PER_MINUTE + "/1m",
                "--maydan.limits.max-body-size=" + MAX_BODY_BYTES + "B",
                "--maydan.map.tile-url=https://{s}.tiles.example.org/{z}/{x}/{y}.png",
                "--maydan.api-docs.server-url=https://maydan.example.org",
                "--server.forward-headers-strategy=native",
                "--maydan.write.key-file=" + dir.resolve("api-keys"), "--maydan.write.key-file-check=0s");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/, 200, false",
            "/api/events?limit=1, 200, false",
            "/api/events?bbox=north, 400, false",
            "/no/such/page, 404, false",
            "/embed, 200, true",
            "/tiles/events/1/1/1.png, 200, true"})
    void everyResponseCarriesTheSecurityHeadersAndOnlyEmbeddablePathsMayBeFramedElsewhere(String path, int status,
            boolean embeddable) throws Exception {
        HttpResponse<String> response = app.get(path);

        assertThat(response.statusCode()).isEqualTo(status);
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'",
                "img-src 'self' data: blob: " + TILE_HOST).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(csp).contains(embeddable ? "frame-ancestors *" : "frame-ancestors 'self'");
        assertThat(response.headers().firstValue("X-Frame-Options")).isEqualTo(
                embeddable ? Optional.empty() : Optional.of("SAMEORIGIN"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
    }

    @Test
    void hstsIsSentWhenAProxyReportsThatTlsIsInFront() throws Exception {
        HttpResponse<String> response = app.get("/api/events?limit=1", "X-Forwarded-Proto", "https");

        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    @Test
    void writesOverTheirRateAre429WithRetryAfterWhateverTheKey() throws Exception {
        int refused = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < WRITES_PER_MINUTE + 2; i++) {
            last = app.post("/api/articles", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                    "X-API-Key", i % 2 == 0 ? KEY : "wrong", "X-Forwarded-For", RATE_TESTER);
            if (last.statusCode() == 429) {
                refused++;
            }
        }

        assertThat(refused).isEqualTo(2);
        assertThat(app.post("/api/articles", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                "X-API-Key", KEY, "X-Forwarded-For", "203.0.113.8").statusCode()).as("another client").isEqualTo(400);
        assertThat(last.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(json.readTree(last.body()).path("type").asText()).isEqualTo(RequestRefusedException.RATE_LIMITED.toString());
        assertThat(app.get("/api/events?limit=1").statusCode()).as("reads are not writes").isEqualTo(200);
    }

    @Test
    void aKeyInTheKeyFileIsGrantedAndRevokedWithoutARestart() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("api-keys"), "desk-z=key-from-the-file\n");
        String client = "203.0.113.9";

        int granted = app.post("/api/articles", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                "X-API-Key", "key-from-the-file", "X-Forwarded-For", client).statusCode();
        java.nio.file.Files.delete(dir.resolve("api-keys"));
        int revoked = app.post("/api/articles", "application/json", "{}".getBytes(StandardCharsets.UTF_8),
                "X-API-Key", "key-from-the-file", "X-Forwarded-For", client).statusCode();

        assertThat(granted).as("past the key check: the empty article is refused").isEqualTo(400);
        assertThat(revoked).isEqualTo(401);
    }

    @Test
    void aDeclaredBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        long fiveHundredMegabytes = 500L * 1024 * 1024;
        String answer = app.raw("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + KEY
                + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Length: " + fiveHundredMegabytes,
                "قصف".getBytes(StandardCharsets.UTF_8));

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json",
                RequestRefusedException.TOO_LARGE.toString(), "at most " + MAX_BODY_BYTES);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"application/json, '{\"source\": \"desk\", \"text\": \"'", "text/plain; charset=UTF-8, ''"})
    void aChunkedBodyIsRefusedAsSoonAsItPassesTheLimit(String contentType, String opening) throws Exception {
        StringBuilder chunks = new StringBuilder();
        if (!opening.isEmpty()) {
            chunks.append(Integer.toHexString(opening.length())).append("\r\n").append(opening).append("\r\n");
        }
        String chunk = "ب".repeat(2048);
        int chunkBytes = chunk.getBytes(StandardCharsets.UTF_8).length;
        for (int sent = 0; sent <= 4 * MAX_BODY_BYTES; sent += chunkBytes) {
            chunks.append(Integer.toHexString(chunkBytes)).append("\r\n").append(chunk).append("\r\n");
        }
        chunks.append("0\r\n\r\n");
        String answer = app.raw("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nX-API-Key: " + KEY
                + "\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked",
                chunks.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(answer).as(answer).startsWith("HTTP/1.1 413").contains(RequestRefusedException.TOO_LARGE.toString());
    }

    @Test
    void theOpenApiServerIsTheConfiguredOneWhateverTheHostHeader() throws Exception {
        String answer = app.raw("GET /v3/api-docs HTTP/1.1\r\nHost: evil.example.net\r\nConnection: close", new byte[0]);

        assertThat(answer).startsWith("HTTP/1.1 200").doesNotContain("evil.example.net");
        JsonNode api = app.getJson("/v3/api-docs");
        assertThat(api.path("servers")).singleElement()
                .satisfies(s -> assertThat(s.path("url").asText()).isEqualTo("https://maydan.example.org"));
    }

    @Test
    void theServerListensOnTheLoopbackAddressOnly() throws Exception {
        assertThat(app.context().getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(n -> !isLoopback(n))
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .findFirst();
        if (outside.isEmpty()) {
            System.err.println("SKIPPED in part: this machine has no non-loopback IPv4 address to try");
            return;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(outside.get(), app.port()), 2000);
            throw new AssertionError("the server answered on " + outside.get());
        } catch (java.io.IOException refused) {
            assertThat(refused).isNotNull();
        }
    }

    private static boolean isLoopback(NetworkInterface n) {
        try {
            return n.isLoopback() || !n.isUp();
        } catch (java.net.SocketException e) {
            return true;
        }
    }
}
