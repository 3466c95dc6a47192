package org.maydan.gazetteer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.maydan.gazetteer.text.ArabicNormalizer;

/**
 * Derives {@code world-countries.tsv} from {@code countries.json} of the npm package
 * {@code world-countries} (mledoze/countries, ODbL 1.0): one row of kind {@code country} for each
 * state the gazetteer's country lexicon ({@code lexicon/countries.txt}) names, Syria left out, with
 * its Arabic common name, English common and official names, representative point and a radius of
 * a disc of its area. Lexicon names that are no state's Arabic common name (أمريكا، بريطانيا) are
 * the Arabic variants of the state {@link #OTHER_NAMES} gives them.
 *
 * <p>Usage (documented in the data folder's ATTRIBUTION.md):
 * {@code WorldCountriesDerivation <countries.json> <countries.txt> <output.tsv> <package@version>}
 */
public final class WorldCountriesDerivation {

    /** The state of each lexicon name that is not its Arabic common name in the package. */
    static final Map<String, String> OTHER_NAMES = Map.of("أمريكا", "US", "أميركا", "US", "بريطانيا", "GB");

    /** Syria, the country the news is about: never a place of its own (its places are). */
    private static final String SYRIA_AR = ArabicNormalizer.normalize("سوريا");
    private static final String SYRIA_AR_TA = ArabicNormalizer.normalize("سورية");

    private WorldCountriesDerivation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: WorldCountriesDerivation <countries.json> <countries.txt> <output.tsv> <package@version>");
            System.exit(2);
        }
        JsonNode countries = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String name = line.strip();
            String key = ArabicNormalizer.normalize(name);
            if (!name.isEmpty() && !name.startsWith("#") && !key.equals(SYRIA_AR) && !key.equals(SYRIA_AR_TA)) {
                names.add(name);
            }
        }
        Map<String, List<String>> rows = rows(countries, names, args[3]);
        try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            out.write("# States that news about Syria names, as places where they are the location (اللاجئون في لبنان).\n");
            out.write("# Derived by org.maydan.gazetteer.data.WorldCountriesDerivation; see ATTRIBUTION.md. ODbL 1.0.\n");
            out.write(String.join("\t", Cities500LevantDerivation.COLUMNS) + "\n");
            for (List<String> row : rows.values()) {
                out.write(String.join("\t", row) + "\n");
            }
        }
    }

    /** The rows by ISO code, in the order of the lexicon's names; a name of no state fails. */
    static Map<String, List<String>> rows(JsonNode countries, List<String> names, String packageVersion) {
        Map<String, JsonNode> byArabic = new LinkedHashMap<>();
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        for (JsonNode c : countries) {
            byCode.put(c.path("cca2").asText(), c);
            String arabic = c.path("translations").path("ara").path("common").asText();
            if (!arabic.isEmpty()) {
                byArabic.put(ArabicNormalizer.normalize(arabic), c);
            }
        }
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Map<String, List<String>> variants = new LinkedHashMap<>();
        for (String name : names) {
            JsonNode c = OTHER_NAMES.containsKey(name) ? byCode.get(OTHER_NAMES.get(name))
                    : byArabic.get(ArabicNormalizer.normalize(name));
            if (c == null) {
                throw new IllegalArgumentException("no state is named " + name);
            }
            String code = c.path("cca2").asText();
            if (OTHER_NAMES.containsKey(name)) {
                variants.computeIfAbsent(code, k -> new ArrayList<>()).add("ar:" + name);
            }
            rows.computeIfAbsent(code, k -> new ArrayList<>());
        }
        for (String code : rows.keySet()) {
            rows.put(code, row(byCode.get(code), variants.getOrDefault(code, List.of()), packageVersion));
        }
        return rows;
    }

    private static List<String> row(JsonNode c, List<String> arabicVariants, String packageVersion) {
        String common = c.path("name").path("common").asText();
        String official = c.path("name").path("official").asText();
        List<String> variants = new ArrayList<>(arabicVariants);
        if (!official.equals(common)) {
            variants.add("en:" + official);
        }
        double lat = c.path("latlng").get(0).asDouble();
        double lon = c.path("latlng").get(1).asDouble();
        long radius = Math.round(Math.sqrt(c.path("area").asDouble() / Math.PI));
        List<String> row = new ArrayList<>();
        row.add("iso:" + c.path("cca2").asText());
        row.add("country");
        row.add(c.path("cca2").asText());
        row.add(c.path("translations").path("ara").path("common").asText());
        row.add(common);
        row.add(String.format(Locale.ROOT, "%.6f", lat));
        row.add(String.format(Locale.ROOT, "%.6f", lon));
        row.add(Long.toString(radius));
        for (int i = 0; i < 8; i++) {
            row.add("");
        }
        row.add(String.join("|", variants));
        row.add(packageVersion + " (mledoze/countries): common and official names, Arabic common name,"
                + " representative point (latlng), radius of a disc of its area");
        row.add("ODbL 1.0");
        return row;
    }
}
