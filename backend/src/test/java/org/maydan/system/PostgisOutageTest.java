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

                // Recovered: the first requests after the restart may still meet connections of the
                // stopped server, which the pool then drops; within the deadline the whole store is back.
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RECOVERY_SECONDS);
                int expected = before.path("numberReturned").asInt() + 1;
                int served = served(app);
                while (served != expected && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    served = served(app);
                }
                assertThat(served).as("recovered by itself with nothing lost").isEqualTo(expected);
                assertThat(app.get("/api/events/" + eventId).statusCode()).isEqualTo(200);
                assertThat(app.get("/actuator/health").statusCode()).isEqualTo(200);
            }
        }
    }

    /** How many events a full page serves, or -1 when it is refused or not a whole FeatureCollection. */
    private int served(RunningApp app) throws Exception {
        HttpResponse<String> page = app.get("/api/events?limit=5000");
        if (page.statusCode() != 200) {
            return -1;
        }
        try {
            JsonNode body = json.readTree(page.body());
            return body.path("features").size() == body.path("numberReturned").asInt(-1) ? body.path("features").size() : -1;
        } catch (java.io.IOException notWhole) {
            return -1;
        }
    }

    private static HttpResponse<String> postArticle(RunningApp app) throws Exception {
        return app.post("/api/articles", "text/plain; charset=UTF-8", STRIKE.getBytes(StandardCharsets.UTF_8),
                "X-API-Key", KEY, "X-Maydan-Source", "desk-outage", "X-Maydan-Published", "2019-05-20");
    }
}
