package org.maydan.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.maydan.article.ArticleJsonl;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.maydan.cli.SharedFolder;
import org.maydan.cli.UsageException;
import org.maydan.extract.EventExtractor;
import org.maydan.extract.NewsArticle;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import org.maydan.gazetteer.Geoparser;
import org.maydan.gazetteer.text.WordMemo;
import picocli.CommandLine;

/**
 * {@code bench-extract [--in FILE.jsonl ...] [--gazetteer DIR_OR_FILE ...] [--size BYTES]
 * [--warm-up N] [--seconds N] [--cold-words] [--json FILE]}: throughput of the whole extraction pipeline (geoparsing and event
 * extraction) on one thread, first with the shipped gazetteer, then with the given gazetteer sources.
 *
 * <p>Benchmark articles are built by joining the input texts (by default the evaluation articles
 * under the shared folder, read in place) until each is at least {@code --size} UTF-8 bytes
 * (default 4 KB), so the figure is for articles of a known size. Throughput is reported per
 * second of the thread's CPU time ("one core", fair on a busy machine) and of wall time.
 *
 * <p>The figure is the steady state of a long-running ingester, so each gazetteer is first run for
 * {@code --warm-up} seconds: on a 2-core machine the JIT keeps compiling the pipeline's many
 * methods for some 20 seconds, and a measurement taken earlier times the compiler's progress. The
 * JIT's compilation time during the measurement is printed beside the figure; much more than zero
 * says the warm-up was too short.
 *
 * <p>Readers keep what they work out about each word spelling across articles ({@link WordMemo}).
 * The benchmark articles repeat, so by default every word is known after the first round: the
 * figure of an ingester whose stream's vocabulary it has met before. {@code --cold-words} empties
 * those memos before every article, the figure for articles whose every word is new to the reader.
 * A real stream lies between: of the distinct words of each article of the shared corpus read in
 * order, 62% had been met in earlier articles among its first 100 articles and 82% among its last 100.
 */
@CommandLine.Command(name = "bench-extract", mixinStandardHelpOptions = true,
        description = "extraction pipeline articles/s and MB/s on one core",
        footer = {"", "Articles of at least --size bytes are built by joining the input texts; each gazetteer"
                + " is measured after a warm-up, in CPU time of the benchmark thread and in wall time."})
public final class BenchExtractCommand implements Command {

    private static final int MAX_ARTICLES = 200;
    private static final String DEFAULT_INPUT = "eval/dev";
    /** The day that anchors relative dates of input articles that give none. */
    private static final LocalDate DEFAULT_PUBLISHED = LocalDate.of(2019, 5, 20);
    private static final double NANOS_PER_SECOND = 1e9;
    private static final double BYTES_PER_MB = 1e6;

    @CommandLine.Option(names = "--in", paramLabel = "FILE.jsonl",
            description = "articles as JSON Lines (repeatable; default: the .jsonl files of"
                    + " $MAYDAN_SHARED/" + DEFAULT_INPUT + " or ../shared/" + DEFAULT_INPUT + ")")
    List<Path> inputs = new ArrayList<>();

    @CommandLine.Option(names = "--gazetteer", paramLabel = "DIR_OR_FILE",
            description = "more place data, measured as a second run after the shipped data (repeatable)")
    List<Path> gazetteers = new ArrayList<>();

    @CommandLine.Option(names = "--size", paramLabel = "BYTES", defaultValue = "4096",
            description = "the least UTF-8 size of a benchmark article (default: ${DEFAULT-VALUE})")
    int size;

    @CommandLine.Option(names = "--warm-up", paramLabel = "N", defaultValue = "20",
            description = "seconds each gazetteer runs before it is measured, so the JIT has compiled the"
                    + " pipeline (default: ${DEFAULT-VALUE})")
    int warmUp;

    @CommandLine.Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
            description = "how long each gazetteer is measured, after the warm-up (default: ${DEFAULT-VALUE})")
    int seconds;

    @CommandLine.Option(names = "--cold-words",
            description = "forget every word memo before each article, as if its words were all new")
    boolean coldWords;

    @CommandLine.Option(names = "--json", paramLabel = "FILE",
            description = "also write the figures as JSON, stamped with the commit and core count")
    @Nullable Path json;

    @Override
    public int run(PrintStream out, PrintStream err) throws IOException {
        positive("--size", size);
        positive("--seconds", seconds);
        positive("--warm-up", warmUp);
        inputs.forEach(BenchExtractCommand::existing);
        gazetteers.forEach(BenchExtractCommand::existing);
        List<NewsArticle> articles = articles(inputs.isEmpty() ? defaultInputs() : inputs);
        long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        double meanChars = articles.stream().mapToInt(a -> a.text().length()).average().orElse(0);
        out.printf(Locale.ROOT, "%d benchmark articles of >= %d UTF-8 bytes (mean %.0f chars, %.0f bytes)%n",
                articles.size(), size, meanChars, (double) bytes / articles.size());
        BenchmarkReport report = new BenchmarkReport("bench-extract").put("articles", articles.size())
                .put("min_bytes", size).put("mean_bytes", (double) bytes / articles.size()).put("seconds", seconds)
                .put("warm_up_s", warmUp).put("cold_words", coldWords);
        measure("shipped gazetteer", List.of(), articles, bytes, out, report.section("shipped"));
        if (!gazetteers.isEmpty()) {
            measure("shipped + " + gazetteers, List.copyOf(gazetteers), articles, bytes, out,
                    report.section("with_sources"));
        }
        report.writeTo(json);
        return Commands.OK;
    }

    private void measure(String label, List<Path> sources, List<NewsArticle> articles,
            long bytes, PrintStream out, Map<String, Object> figures) throws IOException {
        long loadStart = System.nanoTime();
        Geoparser geoparser = new Geoparser(Gazetteer.load(GazetteerConfig.withSources(sources.toArray(Path[]::new))));
        EventExtractor extractor = new EventExtractor(geoparser);
        double loadSeconds = (System.nanoTime() - loadStart) / NANOS_PER_SECOND;
        extractFor(extractor, articles, warmUp, coldWords);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long jitStart = jitMillis(jit);
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long done = extractFor(extractor, articles, seconds, coldWords);
        double wallSeconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / NANOS_PER_SECOND;
        long jitDuring = jitStart < 0 ? -1 : jitMillis(jit) - jitStart;
        double meanBytes = (double) bytes / articles.size();
        double perCpuSecond = done / cpuSeconds;
        out.printf(Locale.ROOT, "%s: load %.2f s; %.0f articles/s and %.2f MB/s per core (CPU time), "
                        + "%.3f ms/article; wall clock %.0f articles/s (after a %d s warm-up; JIT compiling"
                        + " %s meanwhile)%n",
                label, loadSeconds, perCpuSecond, perCpuSecond * meanBytes / BYTES_PER_MB, 1000.0 / perCpuSecond,
                done / wallSeconds, warmUp, jitDuring < 0 ? "for an unknown time" : jitDuring + " ms");
        figures.put("load_s", loadSeconds);
        figures.put("articles_per_cpu_s", perCpuSecond);
        figures.put("mb_per_cpu_s", perCpuSecond * meanBytes / BYTES_PER_MB);
        figures.put("ms_per_article", 1000.0 / perCpuSecond);
        figures.put("articles_per_wall_s", done / wallSeconds);
        if (jitDuring >= 0) {
            figures.put("jit_ms_during", jitDuring);
        }
    }

    /** The JIT's total compilation time so far, or -1 where the JVM does not tell. */
    private static long jitMillis(@Nullable CompilationMXBean jit) {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : -1;
    }

    /**
     * Extracts round-robin for about {@code seconds}; returns how many articles were done. With
     * {@code coldWords}, every word memo is emptied before each article.
     */
    private static long extractFor(EventExtractor extractor, List<NewsArticle> articles, int seconds,
            boolean coldWords) {
        long deadline = System.nanoTime() + (long) (seconds * NANOS_PER_SECOND);
        long done = 0;
        long sink = 0;
        while (System.nanoTime() < deadline) {
            for (NewsArticle article : articles) {
                if (coldWords) {
                    WordMemo.forgetAll();
                }
                sink += extractor.extract(article).events().size();
                done++;
            }
        }
        if (sink < 0) {
            throw new AssertionError("unreachable: keeps the results alive");
        }
        return done;
    }

    /** The .jsonl files of the evaluation set in the shared folder, in name order. */
    private static List<Path> defaultInputs() throws IOException {
        Optional<Path> dev = SharedFolder.find(DEFAULT_INPUT);
        if (dev.isEmpty()) {
            throw new UsageException("give --in FILE.jsonl (no " + DEFAULT_INPUT + " found in "
                    + SharedFolder.lookIn(DEFAULT_INPUT) + ")");
        }
        try (var files = Files.list(dev.get())) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    private List<NewsArticle> articles(List<Path> files) throws IOException {
        List<String> texts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (Path file : files) {
            try (ArticleJsonl in = ArticleJsonl.open(file)) {
                for (ArticleJsonl.Line line = in.next(); line != null; line = in.next()) {
                    ArticleJsonl.ArticleFields article;
                    try {
                        article = line.article();
                    } catch (ArticleJsonl.InvalidLineException e) {
                        throw new UsageException(file + ": " + line.label() + ": " + e.getMessage());
                    }
                    LocalDate published = article.published();
                    texts.add(article.text());
                    dates.add(published == null ? DEFAULT_PUBLISHED : published);
                }
            }
        }
        if (texts.isEmpty()) {
            throw new UsageException("the input files hold no articles: " + files);
        }
        List<NewsArticle> articles = new ArrayList<>();
        int next = 0;
        while (articles.size() < Math.min(MAX_ARTICLES, texts.size())) {
            StringBuilder text = new StringBuilder();
            LocalDate published = dates.get(next % texts.size());
            int bytes = 0;
            while (bytes < size) {
                String piece = texts.get(next % texts.size()) + "\n\n";
                text.append(piece);
                bytes += piece.getBytes(StandardCharsets.UTF_8).length;
                next++;
            }
            articles.add(NewsArticle.of("bench-" + articles.size(), cutAfter(text.toString(), size), published));
        }
        return articles;
    }

    /** The text up to the first white space after its first {@code bytes} UTF-8 bytes. */
    private static String cutAfter(String text, int bytes) {
        int seen = 0;
        int i = 0;
        while (i < text.length() && seen < bytes) {
            int cp = text.codePointAt(i);
            seen += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            i += Character.charCount(cp);
        }
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return text.substring(0, i);
    }

    private static void existing(Path path) {
        if (!Files.exists(path)) {
            throw new UsageException("no such file or folder: " + path);
        }
    }

    private static void positive(String option, int value) {
        if (value <= 0) {
            throw new UsageException(option + " takes a positive whole number; got " + value);
        }
    }
}
