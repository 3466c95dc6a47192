package org.maydan.gazetteer.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.AdminPath;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.PlaceName;

/**
 * The place-data TSV format shipped with the module and written by {@code import}: UTF-8, tab
 * separated, one header row, {@code #} comment lines, empty cell = unknown, columns
 * {@link #COLUMNS}; {@code variants} holds {@code lang:text} entries separated by {@code |}.
 * Columns are found by header name, so a file may add columns or reorder them.
 */
public final class ShippedTsv {

    /** The columns, in the order written. */
    public static final List<String> COLUMNS = List.of("id", "kind", "country", "name_ar", "name_en",
            "lat", "lon", "radius_km", "admin1_pcode", "admin1_en", "admin1_ar", "admin2_pcode",
            "admin2_en", "admin3_pcode", "admin3_en", "population", "variants", "source", "licence");

    private static final String VARIANT_SEPARATOR = "|";
    private static final int ID = COLUMNS.indexOf("id");
    private static final int KIND = COLUMNS.indexOf("kind");
    private static final int COUNTRY = COLUMNS.indexOf("country");
    private static final int NAME_AR = COLUMNS.indexOf("name_ar");
    private static final int NAME_EN = COLUMNS.indexOf("name_en");
    private static final int LAT = COLUMNS.indexOf("lat");
    private static final int LON = COLUMNS.indexOf("lon");
    private static final int RADIUS_KM = COLUMNS.indexOf("radius_km");
    private static final int ADMIN1_PCODE = COLUMNS.indexOf("admin1_pcode");
    private static final int ADMIN1_EN = COLUMNS.indexOf("admin1_en");
    private static final int ADMIN1_AR = COLUMNS.indexOf("admin1_ar");
    private static final int ADMIN2_PCODE = COLUMNS.indexOf("admin2_pcode");
    private static final int ADMIN2_EN = COLUMNS.indexOf("admin2_en");
    private static final int ADMIN3_PCODE = COLUMNS.indexOf("admin3_pcode");
    private static final int ADMIN3_EN = COLUMNS.indexOf("admin3_en");
    private static final int POPULATION = COLUMNS.indexOf("population");
    private static final int VARIANTS = COLUMNS.indexOf("variants");
    private static final int SOURCE = COLUMNS.indexOf("source");
    private static final int LICENCE = COLUMNS.indexOf("licence");

    private ShippedTsv() {
    }

    /** Reads every row into the collector; a malformed row fails with its line number. */
    public static void read(BufferedReader in, PlaceCollector out) throws IOException {
        parse(in).forEach(out::add);
    }

    /** Every row as a draft, in file order; a malformed row fails with its line number. */
    public static List<PlaceDraft> parse(BufferedReader in) throws IOException {
        List<PlaceDraft> drafts = new ArrayList<>();
        int[] header = null;
        String line;
        int lineNumber = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = header(cells);
                continue;
            }
            try {
                drafts.add(row(new Cells(cells, header)));
            } catch (RuntimeException e) {
                throw new IOException("line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return drafts;
    }

    /** For each of {@link #COLUMNS}, its index in the header row, or -1 when absent. */
    private static int[] header(String[] cells) {
        int[] index = new int[COLUMNS.size()];
        Arrays.fill(index, -1);
        for (int i = 0; i < cells.length; i++) {
            int column = COLUMNS.indexOf(cells[i].strip().replace("\uFEFF", ""));
            if (column >= 0) {
                index[column] = i;
            }
        }
        return index;
    }

    private static PlaceDraft row(Cells c) {
        AdminPath path = new AdminPath(c.get(ADMIN1_PCODE), c.get(ADMIN1_EN), c.get(ADMIN1_AR),
                c.get(ADMIN2_PCODE), c.get(ADMIN2_EN), c.get(ADMIN3_PCODE), c.get(ADMIN3_EN));
        PlaceDraft draft = new PlaceDraft(c.required(ID), PlaceKind.parse(c.get(KIND)),
                c.get(NAME_AR), c.get(NAME_EN), Double.parseDouble(c.required(LAT)),
                Double.parseDouble(c.required(LON)), path, c.get(SOURCE), c.get(LICENCE));
        draft.country(c.get(COUNTRY));
        String radius = c.get(RADIUS_KM);
        draft.radiusKm(radius.isEmpty() ? null : Double.valueOf(radius));
        String population = c.get(POPULATION);
        draft.population(population.isEmpty() ? null : (long) Double.parseDouble(population));
        String variants = c.get(VARIANTS);
        if (!variants.isEmpty()) {
            for (String variant : variants.split("\\" + VARIANT_SEPARATOR)) {
                int colon = variant.indexOf(':');
                if (colon > 0 && colon <= 3) {
                    draft.name(variant.substring(0, colon), variant.substring(colon + 1));
                } else {
                    draft.name(PlaceName.UNDETERMINED, variant);
                }
            }
        }
        return draft;
    }

    /** One row's cells, by position in {@link #COLUMNS}; a missing cell reads as "". */
    private record Cells(String[] cells, int[] header) {

        String get(int column) {
            int i = header[column];
            return i < 0 || i >= cells.length ? "" : cells[i].strip();
        }

        String required(int column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw new IllegalArgumentException("missing " + COLUMNS.get(column));
            }
            return v;
        }
    }

    /** Writes places in this format, header first. */
    public static void write(List<Place> places, Writer out) throws IOException {
        write(places, List.of("Maydan gazetteer places, format " + COLUMNS.size() + " columns"), out);
    }

    /**
     * Writes places in this format after the given comment lines. Reading the file back gives the
     * same places with their names in the same order: the primary Arabic and English names come
     * first, every other name is a variant.
     */
    public static void write(List<Place> places, List<String> comments, Writer out) throws IOException {
        for (String comment : comments) {
            out.write("# " + comment.replace('\n', ' ') + "\n");
        }
        out.write(String.join("\t", COLUMNS));
        out.write('\n');
        for (Place p : places) {
            AdminPath a = p.admin();
            PlaceName primaryAr = new PlaceName("ar", p.nameAr());
            PlaceName primaryEn = new PlaceName("en", p.nameEn());
            String variants = p.names().stream()
                    .filter(n -> !n.equals(primaryAr) && !n.equals(primaryEn))
                    .map(n -> n.lang() + ":" + clean(n.text()))
                    .collect(Collectors.joining(VARIANT_SEPARATOR));
            List<String> row = List.of(p.id(), p.kind().code(),
                    p.country(),
                    clean(p.nameAr()), clean(p.nameEn()),
                    String.format(Locale.ROOT, "%.6f", p.lat()),
                    String.format(Locale.ROOT, "%.6f", p.lon()),
                    text(p.radiusKm()), text(a.admin1Pcode()), text(a.admin1En()),
                    text(a.admin1Ar()), text(a.admin2Pcode()), text(a.admin2En()),
                    text(a.admin3Pcode()), text(a.admin3En()), text(p.population()), variants,
                    clean(p.source()), clean(p.licence()));
            out.write(String.join("\t", row));
            out.write('\n');
        }
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : clean(value.toString());
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace(VARIANT_SEPARATOR, "/");
    }
}
