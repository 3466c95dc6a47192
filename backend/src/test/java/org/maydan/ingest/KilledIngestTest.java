package org.maydan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maydan.cli.Commands;
import org.maydan.load.SyntheticArticles;
import org.maydan.system.ChildJvm;
import org.maydan.system.StoreFingerprint;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code kill -9} in the middle of a batch {@code ingest} into the embedded store, then the same
 * command again: the second run completes, and the store is exactly what one uninterrupted run
 * makes (no partial article, no duplicate), because each article is one transaction and a rerun
 * skips what is stored.
 */
class KilledIngestTest {

    private static final int ARTICLES = 240;
    private static final int KILL_AFTER = 25;
    private static final long SEED = 12;
    private static final long PATIENCE_SECONDS = 300;
    private static final Pattern PROGRESS = Pattern.compile("(\\d+)/(\\d+) articles");

    @TempDir
    Path dir;

    @Test
    void aRunKilledMidwayAndRunAgainLeavesTheStoreOfOneCompleteRun() throws Exception {
        Path input = dir.resolve("articles.jsonl");
        SyntheticArticles.writeJsonl(SyntheticArticles.series(SEED, ARTICLES), input);
        String killed = "jdbc:h2:file:" + dir.resolve("killed/maydan").toAbsolutePath();
        String whole = "jdbc:h2:file:" + dir.resolve("whole/maydan").toAbsolutePath();

        ChildJvm first = ChildJvm.start(dir, "ingest", input.toString(), "--maydan.embedded.url=" + killed);
        int done = waitForProgress(first);
        first.kill();

        assertThat(done).as("killed midway: " + first.output()).isBetween(KILL_AFTER, ARTICLES - 1);
        String again = ingest(input, killed);
        assertThat(again).contains("articles: " + ARTICLES + " (").contains(" 0 failed)");
        assertThat(ingest(input, whole)).contains("(" + ARTICLES + " new, 0 already stored");

        try (HikariDataSource afterKill = open(killed); HikariDataSource reference = open(whole)) {
            JdbcClient k = JdbcClient.create(afterKill);
            assertThat(StoreFingerprint.duplicateEvents(k)).isZero();
            assertThat(StoreFingerprint.of(k)).isEqualTo(StoreFingerprint.of(JdbcClient.create(reference)));
        }
    }

    /** Articles done when the child has done at least {@link #KILL_AFTER}, as its progress bar says. */
    private static int waitForProgress(ChildJvm child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        int done = 0;
        while (done < KILL_AFTER && child.process().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            Matcher m = PROGRESS.matcher(child.output());
            while (m.find()) {
                done = Integer.parseInt(m.group(1));
            }
        }
        return done;
    }

    private static String ingest(Path input, String url) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new Commands().run(new String[] {"ingest", input.toString(), "--maydan.embedded.url=" + url},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(summary).isZero();
        return summary;
    }

    private static HikariDataSource open(String url) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername("sa");
        dataSource.setPassword("");
        return dataSource;
    }
}
