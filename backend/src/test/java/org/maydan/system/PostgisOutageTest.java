package org.maydan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL stopped under a running server: the API answers 503 problem JSON with
 * {@code Retry-After} (never 500), health goes DOWN; when PostgreSQL is back the server recovers
 * by itself and nothing stored is lost. Runs on a throwaway cluster the test may stop.
 */
class PostgisOutageTest {

    private static final String KEY = "outage-test-key";
    private static final String DATABASE = "maydan_outage";
    private static final long RECOVERY_SECONDS = 90;
    private static final String STRIKE = "قصفت طائرات حربية بلدة كفرنبل صباح اليوم، ما أدى إلى مقتل ثلاثة مدنيين.";

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void whilePostgresqlIsDownTheApiIs503AndHealthDownAndItRecoversByItselfWithNothingLost() throws Exception {
        try (ThrowawayPostgres pg = ThrowawayPostgres.start()) {
            pg.createDatabase(DATABASE);
            try (RunningApp app = RunningApp.start(List.of("--server.port=0", "--maydan.store=postgis",
                    "--maydan.postgis.url=" + pg.url(DATABASE), "--maydan.postgis.username=" + ThrowawayPostgres.USER,
                    "--maydan.postgis.password=", "--maydan.sample-data.enabled=true",
                    "--maydan.connection-timeout=2s", "--maydan.write.api-key=" + KEY))) {
                JsonNode before = app.getJson("/api/events?limit=5000");
                HttpResponse<String> added = postArticle(app);
                assertThat(added.statusCode()).isEqualTo(201);
                long eventId = json.readTree(added.body()).path("events").path("features").get(0).path("id").asLong();

                pg.stop();

                // /api/events streams its page; a store failure there ends the stream, which the
                // streaming code owns (EventController), so it is not among these answers.
                for (String path : List.of("/api/events/" + eventId, "/api/timeline",
                        "/api/timeline?bbox=35,35,37,37", "/api/events/export?format=csv")) {
                    HttpResponse<String> down = app.get(path);
                    assertThat(down.statusCode()).as(path + ": " + down.body()).isEqualTo(503);
                    assertThat(down.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
                    assertThat(down.headers().firstValue("Retry-After")).as(path).isPresent();
                    assertThat(json.readTree(down.body()).path("type").asText()).as(path)
                            .isEqualTo(RequestRefusedException.STORE_UNAVAILABLE.toString());
                }
                HttpResponse<String> write = postArticle(app);
                assertThat(write.statusCode()).as(write.body()).isEqualTo(503);
                HttpResponse<String> health = app.get("/actuator/health");
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(json.readTree(health.body()).path("status").asText()).isEqualTo("DOWN");
                assertThat(app.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
                assertThat(app.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

                pg.startAgain();

                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RECOVERY_SECONDS);
                HttpResponse<String> after = app.get("/api/events?limit=5000");
                while (after.statusCode() != 200 && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    after = app.get("/api/events?limit=5000");
                }
                assertThat(after.statusCode()).as("recovered by itself").isEqualTo(200);
                assertThat(json.readTree(after.body()).path("numberReturned").asInt())
                        .isEqualTo(before.path("numberReturned").asInt() + 1);
                assertThat(app.get("/api/events/" + eventId).statusCode()).isEqualTo(200);
                assertThat(app.get("/actuator/health").statusCode()).isEqualTo(200);
            }
        }
    }

    private static HttpResponse<String> postArticle(RunningApp app) throws Exception {
        return app.post("/api/articles", "text/plain; charset=UTF-8", STRIKE.getBytes(StandardCharsets.UTF_8),
                "X-API-Key", KEY, "X-Maydan-Source", "desk-outage", "X-Maydan-Published", "2019-05-20");
    }
}
