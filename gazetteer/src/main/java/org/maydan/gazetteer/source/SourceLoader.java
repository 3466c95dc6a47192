package org.maydan.gazetteer.source;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.maydan.gazetteer.AdminBoundaries;

/**
 * Loads place sources into a {@link PlaceCollector}, recognising each file by its name (see
 * {@link SourceKind#detect}). Boundaries are read before everything else in a directory, because
 * GeoNames rows take their admin path from them; GeoNames alternate names after the main table.
 */
public final class SourceLoader {

    /** Told how far reading has got, for progress bars; called often, keep it cheap. */
    public interface Listener {
        void progress(String file, long bytesRead, long bytesTotal);

        /** No-op listener. */
        Listener NONE = (file, read, total) -> { };
    }

    private final PlaceCollector collector;
    private final Listener listener;
    private final GeoNamesDump geonames = new GeoNamesDump();
    private Supplier<AdminBoundaries> boundaries;

    /**
     * A loader adding to {@code collector}, on top of {@code boundaries} (e.g. the shipped ones),
     * which are only asked for when a source needs them.
     */
    public SourceLoader(PlaceCollector collector, Supplier<AdminBoundaries> boundaries, Listener listener) {
        this.collector = collector;
        this.boundaries = boundaries;
        this.listener = listener;
    }

    /**
     * The boundaries given at construction plus those read since; still the given supplier itself
     * (not yet called) when no source needed or added boundaries.
     */
    public Supplier<AdminBoundaries> boundaries() {
        return boundaries;
    }

    /** The files of a path that will be read, in reading order (a file is itself). */
    public static List<Path> filesOf(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.list(path)) {
            List<Path> known = new ArrayList<>(files
                    .filter(f -> SourceKind.detect(f).isPresent())
                    .toList());
            known.sort(Comparator.comparing((Path f) -> SourceKind.detect(f).orElseThrow())
                    .thenComparing(Path::toString));
            return known;
        }
    }

    /** Loads a file or every recognised file of a directory. */
    public void load(Path path) throws IOException {
        for (Path file : filesOf(path)) {
            SourceKind kind = SourceKind.detect(file).orElseThrow(() -> new IOException(
                    "unknown source file " + file + " (expected " + SourceKind.NAMES + ")"));
            try (InputStream in = counting(Files.newInputStream(file), file.getFileName().toString(),
                    Files.size(file))) {
                load(kind, in);
            }
        }
    }

    /** Opens one file of our TSV format (e.g. a classpath resource). */
    @FunctionalInterface
    public interface TsvFile {
        InputStream open() throws IOException;
    }

    /**
     * Loads files of our TSV format: parsed on all cores, then added in the given order, so the
     * result is that of loading them one after the other.
     */
    public void loadPlaceFiles(List<TsvFile> files) throws IOException {
        List<List<PlaceDraft>> parsed;
        try {
            parsed = files.parallelStream().map(SourceLoader::parse).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        parsed.forEach(drafts -> drafts.forEach(collector::add));
    }

    private static List<PlaceDraft> parse(TsvFile file) {
        try (InputStream in = file.open()) {
            return ShippedTsv.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads one source of a known kind from a stream (e.g. a classpath resource). */
    public void load(SourceKind kind, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8),
                1 << 16);
        switch (kind) {
            case BOUNDARIES -> {
                AdminBoundaries more = boundaries.get().plus(AdminBoundaries.of(AdminBoundaries.read(in), "boundaries"));
                boundaries = () -> more;
            }
            case OCHA_ADMIN_UNITS -> OchaTables.adminUnits(reader, collector);
            case OCHA_COMMUNITIES -> OchaTables.communities(reader, collector);
            case OCHA_NEIGHBOURHOODS -> OchaTables.neighbourhoods(reader, collector);
            case OCHA_ALIASES -> OchaTables.aliases(reader, collector);
            case PLACES_TSV -> ShippedTsv.read(reader, collector);
            case GEONAMES -> geonames.places(reader, GeoNamesDump.LEVANT, boundaries.get(), collector);
            case GEONAMES_ALTERNATE_NAMES -> geonames.alternateNames(reader, collector);
        }
    }

    private InputStream counting(InputStream in, String name, long total) {
        return new FilterInputStream(in) {
            private long read;
            private long reported;

            @Override
            public int read() throws IOException {
                int b = super.read();
                advance(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                advance(Math.max(n, 0));
                return n;
            }

            private void advance(int n) {
                read += n;
                if (read - reported >= (1 << 20) || read == total) {
                    reported = read;
                    listener.progress(name, read, total);
                }
            }
        };
    }

    /** The source kinds, in the order they are read from one directory. */
    public enum SourceKind {
        BOUNDARIES, OCHA_ADMIN_UNITS, OCHA_COMMUNITIES, OCHA_NEIGHBOURHOODS, OCHA_ALIASES,
        PLACES_TSV, GEONAMES, GEONAMES_ALTERNATE_NAMES;

        static final String NAMES = "*admin*.geojson, *admin_units*.csv, *communities*.csv,"
                + " *neighbourhoods*.csv, *aliases*.csv, *.tsv, SY.txt/allCountries.txt/cities*.txt,"
                + " alternateNames*.txt";

        /** The kind of a file from its name, if it is one we read. */
        public static Optional<SourceKind> detect(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            SourceKind kind = null;
            if (AdminBoundaries.isBoundaryFile(file)) {
                kind = BOUNDARIES;
            } else if (name.endsWith(".csv")) {
                kind = name.contains("admin_units") ? OCHA_ADMIN_UNITS
                        : name.contains("communities") ? OCHA_COMMUNITIES
                        : name.contains("neighbourhoods") ? OCHA_NEIGHBOURHOODS
                        : name.contains("aliases") ? OCHA_ALIASES : null;
            } else if (name.endsWith(".tsv")) {
                kind = PLACES_TSV;
            } else if (name.endsWith(".txt")) {
                kind = name.startsWith("alternatenames") ? GEONAMES_ALTERNATE_NAMES
                        : name.matches("[a-z]{2}\\.txt|allcountries\\.txt|cities\\d+\\.txt")
                        ? GEONAMES : null;
            }
            return Optional.ofNullable(kind);
        }
    }
}
