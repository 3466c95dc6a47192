package org.maydan.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
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
import org.maydan.cli.Command;
import org.maydan.cli.UsageException;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import org.maydan.gazetteer.Geoparser;

/**
 * {@code extract --in FILE.jsonl|- [--out FILE.jsonl] [--gazetteer DIR_OR_FILE ...]}: one output
 * line per input article, in input order, without a Spring context. A malformed line is reported on
 * stderr with its line number and answered with an {@code "error"} member; the run goes on and
 * exits 1. A missing input exits 2.
 */
public final class ExtractCommand implements Command {

    private static final int EXIT_OK = 0;
    private static final int EXIT_FAILED = 1;
    private static final int EXIT_USAGE = 2;
    private static final String STDIO = "-";

    /** Builds the geoparser over the shipped gazetteer data plus the given files or folders. */
    @FunctionalInterface
    interface GeoparserLoader {
        Geoparser load(List<Path> gazetteers) throws IOException;
    }

    private final GeoparserLoader loader;

    /** The command as the jar runs it: the shipped gazetteer plus {@code --gazetteer} sources. */
    public ExtractCommand() {
        this(gazetteers -> new Geoparser(Gazetteer.load(GazetteerConfig.withSources(gazetteers.toArray(Path[]::new)))));
    }

    ExtractCommand(GeoparserLoader loader) {
        this.loader = loader;
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "--in articles.jsonl [--out predictions.jsonl] [--gazetteer DIR_OR_FILE ...]: places and events per article";
    }

    private record Options(String in, String out, List<Path> gazetteers) {
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws IOException {
        Options options = parse(args);
        if (!STDIO.equals(options.in())) {
            Path in = Path.of(options.in());
            if (!Files.isRegularFile(in) || !Files.isReadable(in)) {
                err.println("maydan extract: cannot read input file " + in);
                return EXIT_USAGE;
            }
        }
        for (Path g : options.gazetteers()) {
            if (!Files.exists(g)) {
                err.println("maydan extract: gazetteer not found: " + g);
                return EXIT_USAGE;
            }
        }
        EventExtractor extractor = new EventExtractor(loader.load(options.gazetteers()));
        ExtractionJson json = new ExtractionJson(new ObjectMapper());
        ObjectMapper mapper = new ObjectMapper();
        boolean failed = false;
        try (BufferedReader reader = reader(options.in());
             Writer writer = writer(options.out(), out)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Object result;
                try {
                    result = json.toJson(extractor.extract(json.article(line)));
                } catch (ExtractionJson.InvalidArticleException e) {
                    err.println("maydan extract: line " + number + ": " + e.getMessage());
                    result = json.error(e.id(), "line " + number + ": " + e.getMessage());
                    failed = true;
                }
                writer.write(mapper.writeValueAsString(result));
                writer.write('\n');
            }
        }
        return failed ? EXIT_FAILED : EXIT_OK;
    }

    private static Options parse(List<String> args) {
        String in = null;
        String out = STDIO;
        List<Path> gazetteers = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (i + 1 >= args.size() && (a.equals("--in") || a.equals("--out") || a.equals("--gazetteer"))) {
                throw new UsageException(a + " needs a value");
            }
            switch (a) {
                case "--in" -> in = args.get(++i);
                case "--out" -> out = args.get(++i);
                case "--gazetteer" -> gazetteers.add(Path.of(args.get(++i)));
                default -> throw new UsageException("unknown argument '" + a + "'; usage: extract --in FILE.jsonl|-"
                        + " [--out FILE.jsonl] [--gazetteer DIR_OR_FILE ...]");
            }
        }
        if (in == null) {
            throw new UsageException("--in FILE.jsonl (or - for stdin) is required");
        }
        return new Options(in, out, List.copyOf(gazetteers));
    }

    private static BufferedReader reader(String in) throws IOException {
        if (STDIO.equals(in)) {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8);
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
