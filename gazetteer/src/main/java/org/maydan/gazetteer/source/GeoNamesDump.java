package org.maydan.gazetteer.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.maydan.gazetteer.AdminBoundaries;
import org.maydan.gazetteer.AdminPath;
import org.maydan.gazetteer.PlaceKind;

/**
 * The GeoNames dump format: {@code SY.txt} / {@code allCountries.txt} / {@code cities500.txt}
 * (19 tab-separated columns) and {@code alternateNamesV2.txt} (alternateNameId, geonameid,
 * isolanguage, name, isPreferred, isShort, isColloquial, isHistoric, from, to). Only populated
 * places (class P), administrative units (A) and areas (L) of the wanted countries are kept.
 */
final class GeoNamesDump {

    /** Countries kept from a world dump: Syria and its neighbours. */
    public static final Set<String> LEVANT = Set.of("SY", "LB", "TR", "IQ", "JO", "IL", "PS");

    private static final String LICENCE = "CC BY 4.0";
    private static final long CITY_POPULATION = 100_000;
    private static final long TOWN_POPULATION = 10_000;
    private static final int MAX_LANGUAGE_CODE = 3;
    private static final int COLUMNS = 19;

    private final Map<String, PlaceDraft> read = new HashMap<>();

    /** Reads the main table; the admin path comes from the boundaries where loaded. */
    public void places(BufferedReader in, Set<String> countries, AdminBoundaries boundaries,
            PlaceCollector out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            String[] c = line.split("\t", -1);
            if (c.length < COLUMNS || !countries.contains(c[8])) {
                continue;
            }
            PlaceKind kind = kind(c[6], c[7], c[14].isEmpty() ? 0 : Long.parseLong(c[14]));
            if (kind == null) {
                continue;
            }
            double lat = Double.parseDouble(c[4]);
            double lon = Double.parseDouble(c[5]);
            AdminPath path = c[8].equals("SY") ? boundaries.pathAt(lat, lon) : AdminPath.UNKNOWN;
            String id = "geonames:" + c[0];
            PlaceDraft draft = new PlaceDraft(id, kind, "", c[1], lat, lon, path,
                    "GeoNames " + c[0], LICENCE).country(c[8]);
            draft.name("en", c[2]);
            for (String alt : c[3].split(",")) {
                draft.name(PlaceNameLanguage.guess(alt), alt);
            }
            if (!c[14].isEmpty() && !c[14].equals("0")) {
                draft.population(Long.parseLong(c[14]));
            }
            read.put(c[0], out.add(draft));
        }
    }

    /** Adds alternate names to the places read by {@link #places}, then re-indexes them. */
    public void alternateNames(BufferedReader in, PlaceCollector out) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            String[] c = line.split("\t", -1);
            if (c.length < 4) {
                continue;
            }
            PlaceDraft draft = read.get(c[1]);
            String lang = c[2];
            if (draft == null || lang.length() > MAX_LANGUAGE_CODE || "1".equals(at(c, 7))) {
                continue;
            }
            draft.name(lang.isEmpty() ? PlaceNameLanguage.guess(c[3]) : lang, c[3]);
            if (lang.equals("ar") && ("1".equals(at(c, 4)) || draft.nameAr.isEmpty())) {
                draft.nameAr = c[3];
            }
        }
        read.values().forEach(out::reindex);
    }

    private static String at(String[] c, int i) {
        return i < c.length ? c[i] : "";
    }

    private static PlaceKind kind(String featureClass, String code, long population) {
        return switch (featureClass) {
            case "P" -> code.equals("PPLC") || code.equals("PPLA") || population >= CITY_POPULATION
                    ? PlaceKind.CITY
                    : population >= TOWN_POPULATION || code.equals("PPLA2") ? PlaceKind.TOWN
                    : code.startsWith("PPLX") ? PlaceKind.NEIGHBOURHOOD : PlaceKind.VILLAGE;
            case "A" -> switch (code) {
                case "PCLI" -> PlaceKind.COUNTRY;
                case "ADM1" -> PlaceKind.GOVERNORATE;
                case "ADM2" -> PlaceKind.DISTRICT;
                case "ADM3" -> PlaceKind.SUBDISTRICT;
                default -> null;
            };
            case "L", "T" -> PlaceKind.REGION;
            default -> null;
        };
    }
}
