package org.maydan.place;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.maydan.cli.LegacyCommand;
import org.maydan.cli.UsageException;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;

/**
 * {@code import}: reads full sources (OCHA tables, GeoNames dumps, boundaries, our TSV) and stores
 * them in the gazetteer data directory, where the server and {@code extract --gazetteer} load them:
 * places as one TSV in the shipped format per import, boundaries as a copy of the GeoJSON.
 */
public final class ImportCommand implements LegacyCommand {

    /** Flag to the file name under which the loader recognises that kind of source. */
    private static final Map<String, String> FLAGS = Map.of(
            "--ocha-communities", "communities.csv",
            "--ocha-admin", "admin_units.csv",
            "--ocha-neighbourhoods", "neighbourhoods.csv",
            "--ocha-aliases", "aliases.csv",
            "--geonames", "allcountries.txt",
            "--alternate-names", "alternatenames.txt",
            "--tsv", "places.tsv");
    private static final int BAR_WIDTH = 30;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "load gazetteer sources (--ocha-communities, --ocha-admin, --boundaries, --geonames"
                + " [--alternate-names], --tsv) into --data-dir (default "
                + GazetteerProperties.DEFAULT_DATA_DIR + ")";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path dataDir = Path.of(GazetteerProperties.DEFAULT_DATA_DIR);
        Map<String, Path> sources = new LinkedHashMap<>();
        List<Path> boundaries = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            if (i + 1 >= args.size()) {
                throw new UsageException(flag + " needs a value");
            }
            Path value = Path.of(args.get(++i));
            if (!flag.equals("--data-dir") && !Files.isRegularFile(value)) {
                throw new UsageException("no such file: " + value);
            }
            if (flag.equals("--data-dir")) {
                dataDir = value;
            } else if (flag.equals("--boundaries")) {
                boundaries.add(value);
            } else if (FLAGS.containsKey(flag)) {
                sources.put(FLAGS.get(flag), value);
            } else {
                throw new UsageException("unknown option " + flag);
            }
        }
        if (sources.isEmpty() && boundaries.isEmpty()) {
            throw new UsageException("nothing to import; " + summary());
        }
        Files.createDirectories(dataDir);
        for (Path b : boundaries) {
            String name = b.getFileName().toString();
            if (!name.matches("(?i).*admin[123].*\\.geojson")) {
                throw new UsageException("boundary file names must contain admin1, admin2 or admin3"
                        + " and end in .geojson: " + name);
            }
            Files.copy(b, dataDir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            out.println("boundaries: copied " + name + " to " + dataDir);
        }
        if (sources.isEmpty()) {
            return 0;
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
            return 0;
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
