package org.maydan.evaluate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.cli.Command;
import org.maydan.cli.UsageException;
import org.maydan.gazetteer.AdminBoundaries;

/**
 * {@code evaluate --gold GOLD.jsonl --pred PRED.jsonl [--json OUT.json] [--boundaries DIR]}: scores
 * predictions against gold and prints the report. Exit 0 after scoring, 2 for bad usage or
 * malformed input, 1 when a file cannot be read.
 */
public final class EvaluateCommand implements Command {

    static final String USAGE = """
            usage: evaluate --gold GOLD.jsonl --pred PREDICTIONS.jsonl [--json OUT.json] [--boundaries DIR]
              --gold        gold JSONL (format: shared/eval/README.md)
              --pred        predictions JSONL, one line per article (the extraction contract)
              --json        also write the numbers as JSON to OUT.json
              --boundaries  a GeoJSON file, or a folder of *admin*.geojson files (e.g. OCHA's
                            syr_admin{1,2,3}_ocha.geojson), with ADMn_PCODE properties (default: the
                            simplified OCHA boundaries shipped in the jar)
            Scoring (shared/eval/README.md): places match one-to-one, nearest first, within the gold kind's
            tolerance (city/town/village 5 km, other 10, region 25, governorate 50, country 300) or inside
            the OCHA boundary of a governorate/region with an admin P-code. Gold places and events without
            coordinates are left out; predictions naming them are neither right nor wrong. Events match on
            sub_event_type, location (the gold event's place) and date (any date when gold has none);
            also scored ignoring date and ignoring type. Articles missing from PREDICTIONS count as empty.
            Sanity checks: the gold file scored against itself (--pred GOLD.jsonl) gives 1.000 everywhere;
            an empty PREDICTIONS file gives recall 0 and undefined precision.""";

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "score predictions against gold: P/R/F1 for places and events, and the misses";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return 0;
        }
        Options options = Options.parse(args);
        List<GoldArticle> gold;
        List<Prediction> predictions;
        try {
            gold = JsonlInput.readGold(options.gold());
            predictions = JsonlInput.readPredictions(options.pred());
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + e.getFile());
        }
        AdminBoundaries boundaries = boundaries(options.boundaries());
        Evaluation evaluation = new Scorer(boundaries).evaluate(gold, predictions);
        out.printf("gold: %s (%d articles); predictions: %s (%d lines)%n", options.gold(), gold.size(),
                options.pred(), predictions.size());
        Report.print(evaluation, out);
        if (options.json() != null) {
            JsonReport.write(evaluation, options.json());
        }
        return 0;
    }

    private static AdminBoundaries boundaries(@Nullable Path explicit) throws IOException {
        if (explicit == null) {
            return AdminBoundaries.shipped();
        }
        if (!Files.exists(explicit)) {
            throw new UsageException("--boundaries " + explicit + ": no such file or folder");
        }
        AdminBoundaries read = AdminBoundaries.read(explicit);
        if (read.size() == 0) {
            throw new UsageException("--boundaries " + explicit + ": no admin boundaries (*admin*.geojson"
                    + " with ADMn_PCODE properties) there");
        }
        return read;
    }

    /** The parsed command line. */
    private record Options(Path gold, Path pred, @Nullable Path json, @Nullable Path boundaries) {

        static Options parse(List<String> args) {
            Path gold = null;
            Path pred = null;
            Path json = null;
            Path boundaries = null;
            for (int i = 0; i < args.size(); i++) {
                String flag = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new UsageException("missing value after " + flag + "\n" + USAGE);
                }
                Path value = Path.of(args.get(++i));
                switch (flag) {
                    case "--gold" -> gold = value;
                    case "--pred" -> pred = value;
                    case "--json" -> json = value;
                    case "--boundaries" -> boundaries = value;
                    default -> throw new UsageException("unknown option " + flag + "\n" + USAGE);
                }
            }
            if (gold == null || pred == null) {
                throw new UsageException("--gold and --pred are required\n" + USAGE);
            }
            return new Options(gold, pred, json, boundaries);
        }
    }
}
