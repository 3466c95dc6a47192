package org.maydan.place;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.maydan.cli.Command;
import org.maydan.cli.Commands;
import org.maydan.cli.UsageException;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import picocli.CommandLine;

/**
 * {@code import}: reads full sources (OCHA tables, GeoNames dumps, boundaries, our TSV) and stores
 * them in the gazetteer data directory, where the server and {@code extract --gazetteer} load them:
 * places as one TSV in the shipped format per import, named after the first source given, and
 * boundaries as a copy of the GeoJSON.
 */
@CommandLine.Command(name = "import", mixinStandardHelpOptions = true,
        description = "load gazetteer sources (OCHA, GeoNames, boundaries, TSV) into the gazetteer data directory",
        footer = {"", "Places go into one TSV in the shipped format per run (imported-NAME.tsv, after the first"
                + " source given), boundaries are copied; the server loads the folder at start, extract with"
                + " --gazetteer DIR.",
            "Exit codes: 0 imported, 1 a source could not be read, 2 bad usage."})
public final class ImportCommand implements Command {

    private static final int BAR_WIDTH = 30;
    /** The names under which the loader recognises boundary files. */
    private static final Pattern BOUNDARY_FILE = Pattern.compile("(?i).*admin[123].*\\.geojson");

    @CommandLine.Option(names = "--data-dir", paramLabel = "DIR", defaultValue = GazetteerProperties.DEFAULT_DATA_DIR,
            description = "where to write (default: ${DEFAULT-VALUE})")
    Path dataDir = Path.of(GazetteerProperties.DEFAULT_DATA_DIR);

    @CommandLine.Option(names = "--boundaries", paramLabel = "GEOJSON",
            description = "OCHA admin boundaries, a file whose name contains admin1, admin2 or admin3 (repeatable)")
    List<Path> boundaries = new ArrayList<>();

    /** The sources given, by the file name under which the loader recognises their kind, in the order given. */
    private final Map<String, Path> sources = new LinkedHashMap<>();

    @CommandLine.Option(names = "--ocha-communities", paramLabel = "CSV",
            description = "OCHA populated places (pcode, name_en, name_ar, ..., admin1_pcode, ..., lat, lon)")
    void ochaCommunities(Path file) {
        sources.put("communities.csv", file);
    }

    @CommandLine.Option(names = "--ocha-admin", paramLabel = "CSV", description = "OCHA administrative units")
    void ochaAdmin(Path file) {
        sources.put("admin_units.csv", file);
    }

    @CommandLine.Option(names = "--ocha-neighbourhoods", paramLabel = "CSV", description = "OCHA neighbourhoods")
    void ochaNeighbourhoods(Path file) {
        sources.put("neighbourhoods.csv", file);
    }

    @CommandLine.Option(names = "--ocha-aliases", paramLabel = "CSV", description = "alternative names of OCHA places")
    void ochaAliases(Path file) {
        sources.put("aliases.csv", file);
    }

    @CommandLine.Option(names = "--geonames", paramLabel = "TXT", description = "a GeoNames dump, e.g. SY.txt")
    void geonames(Path file) {
        sources.put("allcountries.txt", file);
    }

    @CommandLine.Option(names = "--alternate-names", paramLabel = "TXT",
            description = "GeoNames alternateNamesV2.txt, for the places of --geonames")
    void alternateNames(Path file) {
        sources.put("alternatenames.txt", file);
    }

    @CommandLine.Option(names = "--tsv", paramLabel = "TSV", description = "places in the shipped TSV format")
    void tsv(Path file) {
        sources.put("places.tsv", file);
    }

    @Override
    public int run(PrintStream out, PrintStream err) throws Exception {
        if (sources.isEmpty() && boundaries.isEmpty()) {
            throw new UsageException("nothing to import: give at least one source or --boundaries");
        }
        for (Path file : Stream.concat(sources.values().stream(), boundaries.stream()).toList()) {
            if (!Files.isRegularFile(file)) {
                throw new UsageException("no such file: " + file);
            }
        }
        for (Path b : boundaries) {
            if (!BOUNDARY_FILE.matcher(b.getFileName().toString()).matches()) {
                throw new UsageException("boundary file names must contain admin1, admin2 or admin3"
                        + " and end in .geojson: " + b.getFileName());
            }
        }
        Files.createDirectories(dataDir);
        for (Path b : boundaries) {
            String name = b.getFileName().toString();
            Files.copy(b, dataDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            out.println("boundaries: copied " + name + " to " + dataDir);
        }
        if (sources.isEmpty()) {
            return Commands.OK;
        }
        Path staging = Files.createTempDirectory("maydan-import");
        try {
            for (Map.Entry<String, Path> e : sources.entrySet()) {
                Files.createSymbolicLink(staging.resolve(e.getKey()), e.getValue().toAbsolutePath());
            }
            long started = System.nanoTime();
            Gazetteer imported = Gazetteer.load(GazetteerConfig.onlySources(staging),
                    (file, read, total) -> bar(err, file, read, total));
            err.println();
            String base = sources.values().iterator().next().getFileName().toString()
                    .replaceAll("\\.[^.]*$", "");
            Path target = dataDir.resolve("imported-" + base + ".tsv");
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                imported.writeTsv(w);
            }
            Gazetteer.Summary s = imported.summary();
            out.printf("imported %d places (%d names read, %d duplicates merged) in %.1f s into %s%n",
                    s.places(), s.names(), s.merged(), (System.nanoTime() - started) / 1e9, target);
            return Commands.OK;
        } finally {
            try (var files = Files.list(staging)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(staging);
        }
    }

    private static void bar(PrintStream err, String file, long read, long total) {
        int filled = total <= 0 ? BAR_WIDTH : (int) (BAR_WIDTH * read / total);
        err.printf("\r[%s%s] %3d%% %s", "#".repeat(filled), " ".repeat(BAR_WIDTH - filled),
                total <= 0 ? 100 : 100 * read / total, file);
    }
}
