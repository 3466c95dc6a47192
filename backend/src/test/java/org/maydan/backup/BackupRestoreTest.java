package org.maydan.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maydan.cli.Commands;
import java.util.concurrent.TimeUnit;
import org.maydan.system.ChildJvm;
import org.maydan.system.RunningApp;
import org.maydan.system.ThrowawayPostgres;

/**
 * Backups of both stores, made and put back as the README says: the embedded store with
 * {@code backup} and {@code restore}, PostGIS with {@code pg_dump} and {@code pg_restore}. A restored
 * store serves the same {@code /api/events} and event details as the original.
 */
class BackupRestoreTest {

    private static final String KEY = "backup-test-key";
    private static final String STRIKE = "قصفت طائرات حربية بلدة كفرنبودة صباح اليوم، ما أدى إلى مقتل خمسة مدنيين.";
    private static final String ALL = "/api/events?limit=5000";

    @TempDir
    Path dir;

    /** What the API says about a store: every event, and the details of the article added. */
    record Answers(String events, String details) {}

    @Test
    void aRestoredEmbeddedStoreServesTheSameEvents() throws Exception {
        String original = dir.resolve("original/maydan").toString();
        String restored = dir.resolve("restored/maydan").toString();
        Path zip = dir.resolve("maydan-backup.zip");
        Answers before;
        try (RunningApp app = RunningApp.start(List.of("--server.port=0", "--maydan.store=embedded",
                "--maydan.embedded.url=jdbc:h2:file:" + original, "--maydan.write.api-key=" + KEY))) {
            before = answers(app);
            ChildJvm whileRunning = ChildJvm.start(dir, "backup", "--to", zip.toString(), "--store", original);
            assertThat(whileRunning.process().waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(whileRunning.process().exitValue()).isEqualTo(1);
            assertThat(whileRunning.output()).as("refused while the server has the store open").contains("in use by another process");
        }

        assertThat(run("backup", "--to", zip.toString(), "--store", original)).startsWith("0:").contains("backed up");
        assertThat(run("restore", "--from", zip.toString(), "--store", restored)).startsWith("0:").contains("restored");
        assertThat(run("restore", "--from", zip.toString(), "--store", restored)).as("no silent overwrite")
                .startsWith("2:").contains("--replace");

        try (RunningApp app = RunningApp.start(List.of("--server.port=0", "--maydan.store=embedded",
                "--maydan.embedded.url=jdbc:h2:file:" + restored, "--maydan.sample-data.enabled=false"))) {
            assertThat(same(app, before)).isEqualTo(before);
        }
    }

    @Test
    void aPostgisStoreDumpedWithPgDumpAndRestoredWithPgRestoreServesTheSameEvents() throws Exception {
        try (ThrowawayPostgres pg = ThrowawayPostgres.start()) {
            pg.createDatabase("maydan");
            Answers before;
            try (RunningApp app = RunningApp.start(postgis(pg, "maydan", true))) {
                before = answers(app);
            }
            String dump = pg.folder().resolve("maydan.dump").toString();
            pg.run("pg_dump", "--format=custom", "--no-owner", "--file=" + dump,
                    "--host=127.0.0.1", "--port=" + pg.port(), "--username=" + ThrowawayPostgres.USER, "maydan");

            pg.createDatabase("maydan_restored");
            pg.run("pg_restore", "--no-owner", "--exit-on-error", "--host=127.0.0.1", "--port=" + pg.port(),
                    "--username=" + ThrowawayPostgres.USER, "--dbname=maydan_restored", dump);
            try (RunningApp app = RunningApp.start(postgis(pg, "maydan_restored", false))) {
                assertThat(same(app, before)).isEqualTo(before);
            }

            pg.run("psql", "--host=127.0.0.1", "--port=" + pg.port(), "--username=" + ThrowawayPostgres.USER,
                    "--dbname=maydan", "--command=DELETE FROM evidence; DELETE FROM event;");
            pg.run("pg_restore", "--clean", "--if-exists", "--no-owner", "--exit-on-error", "--host=127.0.0.1",
                    "--port=" + pg.port(), "--username=" + ThrowawayPostgres.USER, "--dbname=maydan", dump);
            try (RunningApp app = RunningApp.start(postgis(pg, "maydan", false))) {
                assertThat(same(app, before)).as("restored over the damaged store").isEqualTo(before);
            }
        }
    }

    private static List<String> postgis(ThrowawayPostgres pg, String database, boolean sampleData) {
        return List.of("--server.port=0", "--maydan.store=postgis", "--maydan.postgis.url=" + pg.url(database),
                "--maydan.postgis.username=" + ThrowawayPostgres.USER, "--maydan.postgis.password=",
                "--maydan.sample-data.enabled=" + sampleData, "--maydan.write.api-key=" + KEY);
    }

    /** Adds an article, then reads every event and that article's event. */
    private static Answers answers(RunningApp app) throws Exception {
        HttpResponse<String> added = app.post("/api/articles", "text/plain; charset=UTF-8",
                STRIKE.getBytes(StandardCharsets.UTF_8), "X-API-Key", KEY, "X-Maydan-Source", "desk",
                "X-Maydan-Published", "2019-05-21");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode events = app.getJson(ALL);
        assertThat(events.path("features").size()).isGreaterThan(1);
        long id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(added.body())
                .path("events").path("features").get(0).path("id").asLong();
        return new Answers(events.toString(), app.getJson("/api/events/" + id).toString());
    }

    private static Answers same(RunningApp app, Answers before) throws Exception {
        long id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(before.details()).path("id").asLong();
        return new Answers(app.getJson(ALL).toString(), app.getJson("/api/events/" + id).toString());
    }

    /** Runs a command; returns "EXIT: output". */
    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new Commands().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return exit + ": " + out.toString(StandardCharsets.UTF_8);
    }
}
