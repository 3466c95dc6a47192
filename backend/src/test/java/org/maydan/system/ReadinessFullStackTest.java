package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maydan.MaydanApplication;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Queried from the moment it listens, the server answers 503 with {@code Retry-After} until its
 * start-up work (here held open by one more runner) is done, and never an empty store; its
 * readiness probe agrees, its liveness probe is up throughout.
 */
class ReadinessFullStackTest {

    private static final long PATIENCE_SECONDS = 120;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Holds the start-up open until released: stands for a long sample-data load. */
    @Order(Ordered.LOWEST_PRECEDENCE)
    record HeldStart(CountDownLatch release) implements ApplicationRunner {
        @Override
        public void run(org.springframework.boot.ApplicationArguments args) throws InterruptedException {
            release.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
    }

    @Test
    void untilStartUpIsDoneEveryApiRequestIs503WithRetryAfterAndThenTheFullStoreIsServed() throws Exception {
        int port = freePort();
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(MaydanApplication.class)
                        .initializers(context -> context.getBeanFactory().registerSingleton("heldStart",
                                new HeldStart(release)))
                        .run("--server.port=" + port, "--maydan.store=embedded",
                                "--maydan.embedded.url=jdbc:h2:file:" + dir.resolve("maydan").toAbsolutePath()));
        try {
            HttpResponse<String> early = firstAnswer(port, "/api/events?limit=5000");

            assertThat(early.statusCode()).isEqualTo(503);
            assertThat(early.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(early.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(early.body()).contains(RequestRefusedException.NOT_READY.toString());
            assertThat(get(port, "/").statusCode()).isEqualTo(503);
            assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(503);
            assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);

            release.countDown();
            started.get(PATIENCE_SECONDS, TimeUnit.SECONDS);

            HttpResponse<String> ready = get(port, "/api/events?limit=5000");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(ready.body()).path("numberReturned").asInt()).isPositive();
            assertThat(get(port, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        } finally {
            release.countDown();
            started.thenAccept(ConfigurableApplicationContext::close).get(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** The first answer once the port accepts connections. */
    private HttpResponse<String> firstAnswer(int port, String path) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (true) {
            try {
                return get(port, path);
            } catch (IOException notListening) {
                if (System.nanoTime() > deadline) {
                    throw notListening;
                }
                Thread.sleep(20);
            }
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
