package org.maydan.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ingest} loop on the embedded store: folders and JSONL, failures with reasons, safe re-runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestRunTest {

    private static final String DATED_STRIKE = "قصفت طائرات حربية بلدة كفرنبل يوم 6 أيار 2019، ما أدى إلى مقتل ثلاثة مدنيين.";
    private static final String HTML = """
            <html><head><title>عنوان الصفحة</title>
            <meta property="og:site_name" content="desk H">
            <meta property="article:published_time" content="2019-05-06T08:00:00+03:00">
            <link rel="canonical" href="https://example.org/h/1">
            <script>var x = "اشتباكات في سراقب";</script></head>
            <body><nav>الرئيسية</nav><article><h1>اختناق في كباني</h1>
            <p>أصيب عشرات المدنيين بحالات اختناق إثر هجوم بغاز الكلور على قرية كباني اليوم.</p></article></body></html>
            """;

    private TestDatabase db;
    private ArticleIngest ingest;
    private ArticleInput input;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    void open() {
        db = TestDatabase.h2();
    }

    @AfterAll
    void close() {
        db.close();
    }

    @BeforeEach
    void empty() {
        db.empty();
        IngestProperties properties = new IngestProperties(1_000_000, 5);
        ingest = new ArticleIngest(db.articles, db.events, Pipeline.over(DictionaryGeoparser.standard()), db.transaction,
                properties);
        input = new ArticleInput(properties);
    }

    @Test
    void aFolderOfTextAndHtmlIsStoredAndASecondRunSkipsIt(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("a.txt"), DATED_STRIKE);
        Files.writeString(folder.resolve("b.html"), HTML);
        Files.writeString(folder.resolve("c.txt"), "   ");
        Files.writeString(folder.resolve("notes.md"), "ليس مقالاً");

        boolean first = run(folder, "desk T");

        assertThat(first).isFalse();
        assertThat(stdout()).contains("articles: 3 (2 new, 0 already stored, 0 reprocessed, 1 failed)")
                .contains("events: 2 new, 0 merged")
                .contains("c.txt: the article has no text");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("3/3 articles");
        assertThat(db.jdbc.sql("SELECT source FROM article WHERE url = 'https://example.org/h/1'")
                .query(String.class).single()).isEqualTo("desk H");
        assertThat(db.rows("event")).isEqualTo(2);

        out.reset();
        run(folder, "desk T");

        assertThat(stdout()).contains("articles: 3 (0 new, 2 already stored, 0 reprocessed, 1 failed)")
                .contains("events: 0 new, 0 merged");
        assertThat(db.rows("article")).isEqualTo(2);
        assertThat(db.rows("event")).isEqualTo(2);
    }

    @Test
    void jsonlLinesAreArticlesAndBadLinesAreFailuresWithTheirLineNumbers(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("articles.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\": \"a\", \"text\": \"قصفت طائرات حربية بلدة كفرنبل صباح اليوم.\", \"published\": \"2019-05-06\","
                        + " \"source\": \"desk A\"}",
                "",
                "{\"id\": \"b\", \"text\": \"قتل خمسة مدنيين في غارات جوية على بلدة كفرنبل اليوم.\","
                        + " \"published\": \"2019-05-06\", \"url\": \"https://example.org/b\"}",
                "{\"id\": \"c\", \"text\": ",
                "{\"id\": \"d\", \"text\": \"نص\", \"published\": \"السادس من أيار\", \"source\": \"desk D\"}"));

        boolean allStored = run(file, null);

        assertThat(allStored).isFalse();
        assertThat(stdout()).contains("articles: 4 (2 new, 0 already stored, 0 reprocessed, 2 failed)")
                .contains("events: 1 new, 1 merged")
                .contains("line 4: not JSON")
                .contains("line 5 (d): \"published\": 'السادس من أيار' is not a date");
    }

    private boolean run(Path path, String source) throws Exception {
        return new IngestRun(ingest, input, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(path, source, false);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
