package org.maydan.gazetteer.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    private ShippedTsv() {
    }

    /** Reads every row into the collector; a malformed row fails with its line number. */
    public static void read(BufferedReader in, PlaceCollector out) throws IOException {
        Map<String, Integer> header = null;
        String line;
        int lineNumber = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = new HashMap<>();
                for (int i = 0; i < cells.length; i++) {
                    header.put(cells[i].strip().replace("\uFEFF", ""), i);
                }
                continue;
            }
            try {
                out.add(row(cells, header));
            } catch (RuntimeException e) {
                throw new IOException("line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
    }

    private static PlaceDraft row(String[] cells, Map<String, Integer> header) {
        Cells c = new Cells(cells, header);
        AdminPath path = new AdminPath(c.get("admin1_pcode"), c.get("admin1_en"),
                c.get("admin1_ar"), c.get("admin2_pcode"), c.get("admin2_en"),
                c.get("admin3_pcode"), c.get("admin3_en"));
        PlaceDraft draft = new PlaceDraft(c.required("id"), PlaceKind.parse(c.get("kind")),
                c.get("name_ar"), c.get("name_en"), Double.parseDouble(c.required("lat")),
                Double.parseDouble(c.required("lon")), path, c.get("source"), c.get("licence"));
        draft.country(c.get("country"));
        String radius = c.get("radius_km");
        draft.radiusKm(radius.isEmpty() ? null : Double.valueOf(radius));
        String population = c.get("population");
        draft.population(population.isEmpty() ? null : (long) Double.parseDouble(population));
        for (String variant : c.get("variants").split("\\" + VARIANT_SEPARATOR)) {
            int colon = variant.indexOf(':');
            if (colon > 0 && colon <= 3) {
                draft.name(variant.substring(0, colon), variant.substring(colon + 1));
            } else {
                draft.name(PlaceName.UNDETERMINED, variant);
            }
        }
        return draft;
    }

    private record Cells(String[] cells, Map<String, Integer> header) {

        String get(String column) {
            Integer i = header.get(column);
            return i == null || i >= cells.length ? "" : cells[i].strip();
        }

        String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw new IllegalArgumentException("missing " + column);
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
