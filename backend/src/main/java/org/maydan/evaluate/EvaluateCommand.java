package org.maydan.evaluate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.maydan.cli.UsageException;
import org.maydan.gazetteer.AdminBoundaries;
import picocli.CommandLine;

/**
 * {@code evaluate --gold GOLD.jsonl --pred PRED.jsonl [--json OUT.json] [--boundaries FILE_OR_DIR]}: scores
 * predictions against gold and prints the report. Exit 0 after scoring, 2 for bad usage or
 * malformed input, 1 when a file cannot be read.
 */
@CommandLine.Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "score predictions against gold: P/R/F1 for places and events, and the misses",
        footer = {"",
            "Scoring (shared/eval/README.md): places match one-to-one, nearest first, within the gold kind's"
                + " tolerance (city/town/village 5 km, other 10, region 25, governorate 50, country 300) or inside"
                + " the OCHA boundary of a governorate/region with an admin P-code. Gold places and events without"
                + " coordinates are left out; predictions naming them are neither right nor wrong. Events match on"
                + " sub_event_type, location (the gold event's place) and date (any date when gold has none);"
                + " also scored ignoring date and ignoring type. Articles missing from the predictions count as"
                + " empty.",
            "Sanity checks: the gold file scored against itself (--pred GOLD.jsonl) gives 1.000 everywhere;"
                + " an empty predictions file gives recall 0 and undefined precision.",
            "Exit codes: 0 scored, 1 a file could not be read, 2 bad usage or malformed input (file:line: why)."})
public final class EvaluateCommand implements Command {

    @CommandLine.Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl",
            description = "gold JSONL (format: shared/eval/README.md)")
    Path gold = Path.of("");

    @CommandLine.Option(names = "--pred", required = true, paramLabel = "PREDICTIONS.jsonl",
            description = "predictions JSONL, one line per article (the extraction contract)")
    Path pred = Path.of("");

    @CommandLine.Option(names = "--json", paramLabel = "OUT.json", description = "also write the numbers as JSON")
    @Nullable Path json;

    @CommandLine.Option(names = "--boundaries", paramLabel = "FILE_OR_DIR",
            description = "a GeoJSON file, or a folder of *admin*.geojson files (e.g. OCHA's"
                    + " syr_admin{1,2,3}_ocha.geojson), with ADMn_PCODE properties (default: the simplified"
                    + " OCHA boundaries shipped in the jar)")
    @Nullable Path boundaries;

    @Override
    public int run(PrintStream out, PrintStream err) throws IOException {
        List<GoldArticle> goldArticles;
        List<Prediction> predictions;
        try {
            goldArticles = JsonlInput.readGold(gold);
            predictions = JsonlInput.readPredictions(pred);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + e.getFile());
        }
        Evaluation evaluation = new Scorer(boundaries(boundaries)).evaluate(goldArticles, predictions);
        out.printf("gold: %s (%d articles); predictions: %s (%d lines)%n", gold, goldArticles.size(), pred,
                predictions.size());
        Report.print(evaluation, out);
        if (json != null) {
            JsonReport.write(evaluation, json);
        }
        return Commands.OK;
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
}
