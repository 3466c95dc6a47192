package org.maydan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmark's HTTP client reads whole bodies, fixed-length or chunked, and 304s, on one connection. */
class LeanHttpClientTest {

    private static final String ETAG = "W/\"7-abc\"";
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/fixed", exchange -> {
            byte[] body = "0123456789".getBytes(StandardCharsets.US_ASCII);
            exchange.getResponseHeaders().add("ETag", ETAG);
            if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(new byte[1000]);
                    out.flush();
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsFixedLengthChunkedAndNotModifiedAnswersOnOneConnection() throws IOException {
        try (LeanHttpClient client = new LeanHttpClient(URI.create("http://localhost:" + server.getAddress().getPort()))) {
            assertThat(client.get("/fixed", null)).isEqualTo(new LeanHttpClient.Answer(200, 10, ETAG));
            assertThat(client.get("/chunked", null)).isEqualTo(new LeanHttpClient.Answer(200, 100_000, null));
            assertThat(client.get("/fixed", ETAG)).isEqualTo(new LeanHttpClient.Answer(304, 0, ETAG));
            assertThat(client.get("/fixed", null).bytes()).isEqualTo(10);
        }
    }
}
