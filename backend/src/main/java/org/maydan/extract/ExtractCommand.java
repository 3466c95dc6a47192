package org.maydan.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.maydan.article.ArticleJsonl;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.maydan.cli.UsageException;
import picocli.CommandLine;

/**
 * {@code extract --in FILE.jsonl|- [--out FILE.jsonl|-] [--gazetteer DIR_OR_FILE ...]}: one output
 * line per input article, in input order, without a Spring context. Articles are read by
 * {@link ArticleJsonl}. A malformed line is reported on stderr with its line number and answered
 * with an {@code "error"} member; the run goes on and exits 1. A missing input exits 2. Without a
 * registered geoparser it exits 1 with "no geoparser available": places are never faked.
 */
@CommandLine.Command(name = "extract", mixinStandardHelpOptions = true,
        description = "places and events per article, JSON Lines in and out",
        footer = {"", "One output line per input line, in input order: {\"id\", \"places\": [...], \"events\": [...]}"
                + " (README, ARCHITECTURE.md). A malformed line is reported on stderr with its number and"
                + " answered with an \"error\" member; the run goes on.",
                "Example: --gazetteer ../shared/data/gazetteer adds the OCHA files to the shipped data.",
                "Exit codes: 0 every line extracted, 1 some line failed, 2 bad usage or unreadable input."})
public final class ExtractCommand implements Command {

    private static final String STDIO = "-";

    @CommandLine.Option(names = "--in", required = true, paramLabel = "FILE.jsonl|-",
            description = "articles, one JSON object a line: {\"id\", \"text\", \"published\": \"YYYY-MM-DD\"|null,"
                    + " \"title\"?, \"url\"?, \"source\"?} (published may be a date-time: its date counts);"
                    + " - reads standard input")
    String in = "";

    @CommandLine.Option(names = "--out", paramLabel = "FILE.jsonl|-", defaultValue = STDIO,
            description = "where to write the predictions (default: standard output)")
    String out = STDIO;

    @CommandLine.Option(names = "--gazetteer", paramLabel = "DIR_OR_FILE",
            description = "more place data to load after the shipped data (repeatable)")
    List<Path> gazetteers = new ArrayList<>();

    private final Supplier<Optional<GeoparserFactory>> factories;

    /** The command as the jar runs it: the geoparser comes from the registered factory. */
    public ExtractCommand() {
        this(GeoparserFactory::discover);
    }

    ExtractCommand(Supplier<Optional<GeoparserFactory>> factories) {
        this.factories = factories;
    }

    @Override
    public int run(PrintStream stdout, PrintStream err) throws IOException {
        if (!STDIO.equals(in)) {
            Path file = Path.of(in);
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new UsageException("cannot read input file " + file);
            }
        }
        for (Path g : gazetteers) {
            if (!Files.exists(g)) {
                throw new UsageException("gazetteer not found: " + g);
            }
        }
        Optional<GeoparserFactory> factory = factories.get();
        if (factory.isEmpty()) {
            err.println("maydan extract: no geoparser available: no GeoparserFactory is registered in this build,"
                    + " and extraction will not run without real places");
            return Commands.FAILED;
        }
        EventExtractor extractor = new EventExtractor(factory.get().create(List.copyOf(gazetteers)));
        ExtractionJson json = new ExtractionJson(new ObjectMapper());
        ObjectMapper mapper = new ObjectMapper();
        boolean failed = false;
        try (ArticleJsonl articles = reader(in);
             Writer writer = writer(out, stdout)) {
            for (ArticleJsonl.Line line = articles.next(); line != null; line = articles.next()) {
                Object result;
                try {
                    result = json.toJson(extractor.extract(json.article(line)));
                } catch (ArticleJsonl.InvalidLineException e) {
                    err.println("maydan extract: line " + line.number() + ": " + e.getMessage());
                    result = json.error(line.id(), "line " + line.number() + ": " + e.getMessage());
                    failed = true;
                }
                writer.write(mapper.writeValueAsString(result));
                writer.write('\n');
            }
        }
        return failed ? Commands.FAILED : Commands.OK;
    }

    private static ArticleJsonl reader(String in) throws IOException {
        if (STDIO.equals(in)) {
            return ArticleJsonl.of(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return ArticleJsonl.open(Path.of(in));
    }
    private static Writer writer(String target, OutputStream out) throws IOException {
        if (STDIO.equals(target)) {
            return new BufferedWriter(new OutputStreamWriter(new UnclosingStream(out), StandardCharsets.UTF_8));
        }
        return Files.newBufferedWriter(Path.of(target), StandardCharsets.UTF_8);
    }

    /** Lets the writer flush into stdout without closing it. */
    private static final class UnclosingStream extends FilterOutputStream {

        UnclosingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
