package org.maydan.gazetteer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.maydan.gazetteer.AdminBoundaries;
import org.maydan.gazetteer.GeoPoint;

/** Specifies the shipped place-data files: format, plausibility and agreement with OCHA. */
class ShippedPlaceDataTest {

    private static final String CITIES = "geonames-cities500-levant.tsv";
    private static final String WORLD = "geonames-world-cities.tsv";
    private static final String CURATED = "curated.tsv";
    private static final String STATES = "world-countries.tsv";
    /** An OCHA community P-code in a source note. */
    private static final Pattern COMMUNITY_CODE = Pattern.compile("\\bC\\d{4}\\b");
    /** A GeoNames id in a source note (geonames:167444). */
    private static final Pattern GEONAMES_ID = Pattern.compile("\\bgeonames:\\d+\\b");
    /** Rounding of a written mean: six decimals, far below this. */
    private static final double MEAN_TOLERANCE_KM = 0.05;
    private static final String ADMIN_UNITS = OchaDerivation.ADMIN_UNITS;
    private static final String COMMUNITIES = OchaDerivation.COMMUNITIES;
    private static final String NEIGHBOURHOODS = OchaDerivation.NEIGHBOURHOODS;
    private static final int MAX_FILE_BYTES = 2_000_000;
    /** The boundaries are simplified for the jar: a few hundred KB, not the source's 930 KB. */
    private static final int MAX_BOUNDARY_BYTES = 400_000;
    private static final double NAMED_PLACE_TOLERANCE_KM = 1.0;
    private static final double OCHA_TOLERANCE_KM = 2.0;
    private static final Set<String> KINDS = Set.of("country", "governorate", "district", "subdistrict", "city",
            "town", "village", "neighbourhood", "region", "other");
    private static final Set<String> LICENCES = Set.of("CC BY 4.0", "CC BY-IGO", "facts", "Public Domain", "ODbL 1.0");
    private static final Set<String> AREAS = Set.of("country", "region", "governorate", "district", "subdistrict");

    /**
     * Rough bounding boxes (south, west, north, east) of the countries and Turkish provinces kept;
     * Turkey's reaches west to 34.0 E because GeoNames files Kızkalesi (Mersin) under Hatay.
     */
    private static final Map<String, double[]> COUNTRY_BOXES = Map.of(
            "SY", new double[] {32.3, 35.6, 37.4, 42.4},
            "LB", new double[] {33.0, 35.0, 34.7, 36.7},
            "IQ", new double[] {29.0, 38.7, 37.4, 48.7},
            "JO", new double[] {29.1, 34.9, 33.4, 39.4},
            "IL", new double[] {29.4, 34.2, 33.4, 35.9},
            "PS", new double[] {31.2, 34.2, 32.6, 35.6},
            "TR", new double[] {35.8, 34.0, 38.9, 43.6});

    @ParameterizedTest
    @ValueSource(strings = {CITIES, CURATED, ADMIN_UNITS, COMMUNITIES, NEIGHBOURHOODS, WORLD, STATES})
    void everyRowHasTheContractColumnsAKnownKindAndALicence(String file) throws IOException {
        for (Map<String, String> row : rows(file)) {
            assertThat(row).as(row.get("id")).hasSize(Cities500LevantDerivation.COLUMNS.size());
            assertThat(row.get("kind")).as(row.get("id")).isIn(KINDS);
            assertThat(row.get("licence").split("; ")).as(row.get("id")).isSubsetOf(LICENCES);
            assertThat(row.get("source")).as(row.get("id")).isNotBlank();
            assertThat(row.get("name_ar") + row.get("name_en")).as(row.get("id")).isNotBlank();
            assertThat(row.get("id")).matches("(geonames|pcode|maydan|ourairports|iso):[A-Za-z0-9-]+");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CITIES, CURATED, ADMIN_UNITS, COMMUNITIES, NEIGHBOURHOODS})
    void everyPointLiesInsideItsCountrysRoughBox(String file) throws IOException {
        for (Map<String, String> row : rows(file)) {
            double[] box = COUNTRY_BOXES.get(row.get("country"));
            assertThat(box).as("country of " + row.get("id")).isNotNull();
            assertThat(lat(row)).as(row.get("id")).isBetween(box[0], box[2]);
            assertThat(lon(row)).as(row.get("id")).isBetween(box[1], box[3]);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CITIES, CURATED, ADMIN_UNITS, COMMUNITIES, NEIGHBOURHOODS})
    void everySyrianRowNamesItsGovernorate(String file) throws IOException {
        assertThat(rows(file))
                .filteredOn(row -> "SY".equals(row.get("country")))
                .allSatisfy(row -> assertThat(row.get("admin1_pcode")).as(row.get("id")).matches("SY\\d\\d"));
    }

    @ParameterizedTest
    @ValueSource(strings = {CITIES, CURATED, ADMIN_UNITS, COMMUNITIES, NEIGHBOURHOODS, WORLD, STATES})
    void variantsAreLanguageTaggedAndRadiusIsGivenOnlyForAreas(String file) throws IOException {
        for (Map<String, String> row : rows(file)) {
            String variants = row.get("variants");
            if (!variants.isEmpty()) {
                assertThat(variants.split("\\|")).as(row.get("id")).allMatch(v -> v.matches("([a-z]{2}|und):\\S.*"));
            }
            if (!AREAS.contains(row.get("kind"))) {
                assertThat(row.get("radius_km")).as(row.get("id")).isEmpty();
            }
        }
    }

    @Test
    void theWorldCitiesAreArabicNamedCitiesOutsideTheLevantFile() throws IOException {
        Set<String> levantIds = new HashSet<>(rows(CITIES).stream().map(r -> r.get("id")).toList());
        assertThat(rows(WORLD)).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("name_ar")).as(row.get("id")).isNotBlank();
            assertThat(row.get("country")).as(row.get("id")).isNotIn("SY", "LB", "IQ", "JO", "IL", "PS");
            assertThat(levantIds).as(row.get("id")).doesNotContain(row.get("id"));
            assertThat(row.get("variants").isEmpty() || row.get("variants").startsWith("ar:")).as(row.get("id")).isTrue();
        });
    }

    /** The states the country lexicon names, Syria aside: each of its names is one row's Arabic name or variant. */
    @Test
    void theStatesAreTheLexiconsStatesButSyria() throws IOException {
        List<Map<String, String>> states = rows(STATES);
        assertThat(states).allSatisfy(row -> {
            assertThat(row.get("kind")).as(row.get("id")).isEqualTo("country");
            assertThat(row.get("id")).isEqualTo("iso:" + row.get("country"));
            assertThat(row.get("country")).isNotEqualTo("SY");
            assertThat(row.get("radius_km")).as(row.get("id")).isNotEmpty();
        });
        Set<String> arabic = new HashSet<>();
        for (Map<String, String> row : states) {
            arabic.add(row.get("name_ar"));
            for (String variant : row.get("variants").split("\\|")) {
                if (variant.startsWith("ar:")) {
                    arabic.add(variant.substring(3));
                }
            }
        }
        List<String> lexicon;
        try (InputStream in = ShippedPlaceDataTest.class.getResourceAsStream("/org/maydan/gazetteer/lexicon/countries.txt")) {
            assertThat(in).isNotNull();
            lexicon = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .filter(name -> !name.startsWith("سوري"))
                    .toList();
        }
        assertThat(arabic).containsAll(lexicon);
        assertThat(states).hasSize(16);
    }

    @Test
    void everyCuratedAreaHasARadius() throws IOException {
        assertThat(rows(CURATED)).filteredOn(row -> AREAS.contains(row.get("kind")))
                .allSatisfy(row -> assertThat(row.get("radius_km")).as(row.get("id")).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {CITIES, ADMIN_UNITS, COMMUNITIES, NEIGHBOURHOODS, WORLD, STATES})
    void idsAreUniqueAndNoGeneratedFileRepeatsACuratedId(String file) throws IOException {
        List<String> ids = rows(file).stream().map(r -> r.get("id")).toList();
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        if (file.equals(CITIES)) {
            assertThat(ids).doesNotContainAnyElementsOf(curatedById().keySet());
        }
    }

    @ParameterizedTest
    @CsvSource({"geonames-cities500-levant.tsv, 2193", "ocha-admin-units.tsv, 348", "ocha-communities.tsv, 7693",
        "ocha-neighbourhoods.tsv, 414", "geonames-world-cities.tsv, 2126"})
    void theGeneratedFilesHoldEveryRowOfTheirSourceAndStayCompact(String file, int rows) throws IOException {
        assertThat(rows(file)).hasSize(rows);
        try (InputStream in = resource(file)) {
            assertThat(in.readAllBytes().length).isLessThan(MAX_FILE_BYTES);
        }
    }

    @Test
    void theBoundariesAreSmall() throws IOException {
        try (InputStream in = resource(AdminBoundaries.SHIPPED_FILE)) {
            assertThat(in.readAllBytes().length).isLessThan(MAX_BOUNDARY_BYTES);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "pcode:C3209, 35.4317, 36.4928, كفرنبودة",
        "pcode:C3207, 35.4147, 36.3909, قلعة المضيق",
        "pcode:C3751, 35.7183, 36.2336, كبانة",
    })
    void theNamedConflictPlacesAreWhereTheIssueSaysAndCarryTheirNewsSpelling(
            String id, double lat, double lon, String newsSpelling) throws IOException {
        Map<String, String> row = curatedById().get(id);
        assertThat(row).as(id).isNotNull();
        assertThat(GeoPoint.distanceKm(lat, lon, lat(row), lon(row))).isLessThan(NAMED_PLACE_TOLERANCE_KM);
        assertThat(row.get("name_ar") + "|" + row.get("variants")).contains(newsSpelling);
    }

    @ParameterizedTest
    @CsvSource({
        "SY01, دمشق", "SY02, حلب", "SY03, ريف دمشق", "SY04, حمص", "SY05, حماة", "SY06, اللاذقية", "SY07, إدلب",
        "SY08, الحسكة", "SY09, دير الزور", "SY10, طرطوس", "SY11, الرقة", "SY12, درعا", "SY13, السويداء",
        "SY14, القنيطرة",
    })
    void everyGovernorateIsPresentWithItsArabicName(String pcode, String nameAr) throws IOException {
        Map<String, String> row = curatedById().get("pcode:" + pcode);
        assertThat(row).as(pcode).isNotNull();
        assertThat(row.get("kind")).isEqualTo("governorate");
        assertThat(row.get("name_ar")).isEqualTo(nameAr);
        assertThat(row.get("admin1_pcode")).isEqualTo(pcode);
    }

    @ParameterizedTest
    @MethodSource("curatedOchaRows")
    void everyCuratedOchaRowIsWithinTwoKilometresOfItsOchaPoint(Map<String, String> row) throws IOException {
        Map<String, String> source = ochaPoints().get(row.get("id"));
        assertThat(source).as(row.get("id") + " in the shipped OCHA data").isNotNull();
        double km = GeoPoint.distanceKm(lat(row), lon(row), lat(source), lon(source));
        assertThat(km).as(row.get("id")).isCloseTo(0.0, within(OCHA_TOLERANCE_KM));
        assertThat(row.get("admin1_pcode")).isEqualTo(source.get("admin1_pcode"));
    }

    /**
     * A curated region placed at the mean of named OCHA communities ("representative point = mean of
     * OCHA COD-PP community points C2541 C2556 ...") or GeoNames places ("mean of GeoNames cities500
     * points geonames:167444 ...", for a region the OCHA data do not cover) lies there, and its radius
     * reaches them all.
     */
    @ParameterizedTest
    @MethodSource("curatedMeanRows")
    void everyCuratedMeanIsTheMeanOfItsMembers(Map<String, String> row) throws IOException {
        String note = row.get("source").split(";")[0];
        boolean geonames = note.startsWith("representative point = mean of GeoNames");
        Matcher codes = (geonames ? GEONAMES_ID : COMMUNITY_CODE).matcher(note);
        Map<String, Map<String, String>> points = geonames ? geonamesPoints() : ochaPoints();
        double lat = 0;
        double lon = 0;
        List<Map<String, String>> members = new ArrayList<>();
        while (codes.find()) {
            Map<String, String> member = points.get(geonames ? codes.group() : "pcode:" + codes.group());
            assertThat(member).as(codes.group()).isNotNull();
            members.add(member);
            lat += lat(member);
            lon += lon(member);
        }
        assertThat(members).as(row.get("id")).isNotEmpty();
        assertThat(GeoPoint.distanceKm(lat / members.size(), lon / members.size(), lat(row), lon(row)))
                .as(row.get("id")).isLessThan(MEAN_TOLERANCE_KM);
        for (Map<String, String> member : members) {
            assertThat(GeoPoint.distanceKm(lat(member), lon(member), lat(row), lon(row))).as(row.get("id"))
                    .isLessThan(Double.parseDouble(row.get("radius_km")));
        }
    }

    static Stream<Map<String, String>> curatedMeanRows() throws IOException {
        return rows(CURATED).stream().filter(row -> row.get("source").startsWith("representative point = mean of "));
    }

    static Stream<Map<String, String>> curatedOchaRows() throws IOException {
        return rows(CURATED).stream().filter(row -> row.get("id").startsWith("pcode:"));
    }

    @Test
    void everyAdminUnitHasABoundaryAndEveryBoundaryAUnit() throws IOException {
        AdminBoundaries boundaries = AdminBoundaries.shipped();
        List<String> units = rows(ADMIN_UNITS).stream().map(r -> r.get("id").substring("pcode:".length())).toList();
        assertThat(boundaries.units()).extracting(AdminBoundaries.Unit::pcode).containsExactlyInAnyOrderElementsOf(units);
        for (Map<String, String> unit : rows(ADMIN_UNITS)) {
            String pcode = unit.get("id").substring("pcode:".length());
            assertThat(boundaries.covers(pcode, lat(unit), lon(unit))).as(pcode + " holds its label point").isTrue();
        }
    }

    /** The shipped OCHA communities and admin units by id. */
    private static Map<String, Map<String, String>> ochaPoints() throws IOException {
        Map<String, Map<String, String>> points = new LinkedHashMap<>();
        for (String file : List.of(ADMIN_UNITS, COMMUNITIES)) {
            rows(file).forEach(row -> points.put(row.get("id"), row));
        }
        return points;
    }

    /** The shipped GeoNames places of Syria and its neighbours by id. */
    private static Map<String, Map<String, String>> geonamesPoints() throws IOException {
        return rows(CITIES).stream().collect(Collectors.toMap(r -> r.get("id"), Function.identity()));
    }

    private static Map<String, Map<String, String>> curatedById() throws IOException {
        return rows(CURATED).stream().collect(Collectors.toMap(r -> r.get("id"), Function.identity()));
    }

    private static double lat(Map<String, String> row) {
        return Double.parseDouble(row.get("lat"));
    }

    private static double lon(Map<String, String> row) {
        return Double.parseDouble(row.get("lon"));
    }

    private static InputStream resource(String file) {
        InputStream in = ShippedPlaceDataTest.class.getResourceAsStream("/org/maydan/gazetteer/data/" + file);
        assertThat(in).as(file).isNotNull();
        return in;
    }

    /**
     * The file's data rows keyed by header column; a row with a different number of cells than the
     * header keeps only the cells it has plus an {@code extra} marker, so the column check fails.
     */
    private static List<Map<String, String>> rows(String file) throws IOException {
        List<String> lines;
        try (InputStream in = resource(file)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isEmpty())
                    .toList();
        }
        List<String> header = List.of(lines.get(0).split("\t", -1));
        assertThat(header).as(file + " header").isEqualTo(Cities500LevantDerivation.COLUMNS);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(i < header.size() ? header.get(i) : "extra" + i, cells[i]);
            }
            rows.add(row);
        }
        return rows;
    }
}
