package org.maydan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.maydan.cli.Command;
import org.maydan.cli.SharedFolder;
import org.maydan.cli.UsageException;
import org.maydan.extract.EventExtractor;
import org.maydan.extract.NewsArticle;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import org.maydan.gazetteer.Geoparser;

/**
 * {@code bench-extract [--in FILE.jsonl ...] [--gazetteer DIR_OR_FILE ...] [--size BYTES]
 * [--seconds N]}: throughput of the whole extraction pipeline (geoparsing and event extraction)
 * on one thread, first with the shipped gazetteer, then with the given gazetteer sources.
 *
 * <p>Benchmark articles are built by joining the input texts (by default the evaluation articles
 * under the shared folder, read in place) until each is at least {@code --size} UTF-8 bytes
 * (default 4 KB), so the figure is for articles of a known size. Throughput is reported per
 * second of the thread's CPU time ("one core", fair on a busy machine) and of wall time.
 */
public final class BenchExtractCommand implements Command {

    private static final int DEFAULT_SIZE_BYTES = 4096;
    private static final int DEFAULT_SECONDS = 10;
    private static final int WARM_UP_SECONDS = 3;
    private static final int MAX_ARTICLES = 200;
    private static final String DEFAULT_INPUT = "eval/dev";
    private static final double NANOS_PER_SECOND = 1e9;
    private static final double BYTES_PER_MB = 1e6;

    @Override
    public String name() {
        return "bench-extract";
    }

    @Override
    public String summary() {
        return "[--in FILE.jsonl ...] [--gazetteer DIR ...] [--size BYTES] [--seconds N]: pipeline articles/s on one core";
    }

    private record Options(List<Path> inputs, List<Path> gazetteers, int size, int seconds) {
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Options options = parse(args);
        List<NewsArticle> articles = articles(options);
        long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        out.printf(Locale.ROOT, "%d benchmark articles of >= %d UTF-8 bytes (mean %.0f chars, %.0f bytes)%n",
                articles.size(), options.size(),
                articles.stream().mapToInt(a -> a.text().length()).average().orElse(0),
                (double) bytes / articles.size());
        measure("shipped gazetteer", List.of(), articles, bytes, options, out);
        if (!options.gazetteers().isEmpty()) {
            measure("shipped + " + options.gazetteers(), options.gazetteers(), articles, bytes, options, out);
        }
        return 0;
    }

    private static void measure(String label, List<Path> sources, List<NewsArticle> articles,
            long bytes, Options options, PrintStream out) throws IOException {
        long loadStart = System.nanoTime();
        Geoparser geoparser = new Geoparser(Gazetteer.load(GazetteerConfig.withSources(sources.toArray(Path[]::new))));
        EventExtractor extractor = new EventExtractor(geoparser);
        double loadSeconds = (System.nanoTime() - loadStart) / NANOS_PER_SECOND;
        run(extractor, articles, WARM_UP_SECONDS);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long done = run(extractor, articles, options.seconds());
        double seconds = (System.nanoTime() - start) / NANOS_PER_SECOND;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / NANOS_PER_SECOND;
        double meanBytes = (double) bytes / articles.size();
        double perCpuSecond = done / cpuSeconds;
        out.printf(Locale.ROOT, "%s: load %.2f s; %.0f articles/s and %.2f MB/s per core (CPU time), "
                        + "%.3f ms/article; wall clock %.0f articles/s%n",
                label, loadSeconds, perCpuSecond, perCpuSecond * meanBytes / BYTES_PER_MB, 1000.0 / perCpuSecond,
                done / seconds);
    }

    /** Extracts round-robin for about {@code seconds}; returns how many articles were done. */
    private static long run(EventExtractor extractor, List<NewsArticle> articles, int seconds) {
        long deadline = System.nanoTime() + (long) (seconds * NANOS_PER_SECOND);
        long done = 0;
        long sink = 0;
        while (System.nanoTime() < deadline) {
            for (NewsArticle article : articles) {
                sink += extractor.extract(article).events().size();
                done++;
            }
        }
        if (sink < 0) {
            throw new AssertionError("unreachable: keeps the results alive");
        }
        return done;
    }

    private static List<NewsArticle> articles(Options options) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> texts = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (Path input : options.inputs()) {
            for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                texts.add(node.path("text").asText());
                String published = node.path("published").asText("");
                dates.add(published.isEmpty() ? LocalDate.of(2019, 5, 20) : LocalDate.parse(published));
            }
        }
        if (texts.isEmpty()) {
            throw new UsageException("the input files hold no articles: " + options.inputs());
        }
        List<NewsArticle> articles = new ArrayList<>();
        int next = 0;
        while (articles.size() < Math.min(MAX_ARTICLES, texts.size())) {
            StringBuilder text = new StringBuilder();
            LocalDate published = dates.get(next % texts.size());
            int bytes = 0;
            while (bytes < options.size()) {
                String piece = texts.get(next % texts.size()) + "\n\n";
                text.append(piece);
                bytes += piece.getBytes(StandardCharsets.UTF_8).length;
                next++;
            }
            articles.add(NewsArticle.of("bench-" + articles.size(), cutAfter(text.toString(), options.size()), published));
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

    private static Options parse(List<String> args) throws IOException {
        List<Path> inputs = new ArrayList<>();
        List<Path> gazetteers = new ArrayList<>();
        int size = DEFAULT_SIZE_BYTES;
        int seconds = DEFAULT_SECONDS;
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException(flag + " needs a value");
            }
            String value = args.get(++i);
            switch (flag) {
                case "--in" -> inputs.add(existing(value));
                case "--gazetteer" -> gazetteers.add(existing(value));
                case "--size" -> size = positive(flag, value);
                case "--seconds" -> seconds = positive(flag, value);
                default -> throw new UsageException("unknown argument '" + flag + "'");
            }
        }
        if (inputs.isEmpty()) {
            Optional<Path> dev = SharedFolder.find(DEFAULT_INPUT);
            if (dev.isEmpty()) {
                throw new UsageException("give --in FILE.jsonl (no " + DEFAULT_INPUT + " found in "
                        + SharedFolder.lookIn(DEFAULT_INPUT) + ")");
            }
            try (var files = Files.list(dev.get())) {
                inputs.addAll(files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList());
            }
        }
        return new Options(List.copyOf(inputs), List.copyOf(gazetteers), size, seconds);
    }

    private static Path existing(String value) {
        Path path = Path.of(value);
        if (!Files.exists(path)) {
            throw new UsageException("no such file or folder: " + path);
        }
        return path;
    }

    private static int positive(String flag, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage error below
        }
        throw new UsageException(flag + " takes a positive whole number; got '" + value + "'");
    }
}
