package org.maydan.gazetteer.source;

import java.io.IOException;
import java.io.Reader;
import org.maydan.gazetteer.AdminPath;
import org.maydan.gazetteer.PlaceKind;

/**
 * Readers for the OCHA Syria common operational dataset tables (UTF-8 CSV with a header row):
 * communities (admin4 populated places, P-codes {@code C####}), admin units (levels 1-3),
 * city neighbourhoods ({@code N####}) and the OpenSyria alias table keyed to admin P-codes.
 */
final class OchaTables {

    static final String OCHA_LICENCE = "CC BY-IGO";
    private static final String ALIAS_LICENCE = "CC BY 4.0";
    /** Separates alternative names inside one OCHA neighbourhood name cell. */
    private static final String NAME_ALTERNATIVES = "_";

    private OchaTables() {
    }

    /**
     * Communities. OCHA does not type them; a community named like its governorate or district is
     * read as a city, like its sub-district as a town, otherwise as a village.
     */
    public static void communities(Reader in, PlaceCollector out) throws IOException {
        Csv.read(in, r -> {
            String ar = r.get("name_ar");
            AdminPath path = pathOf(r);
            PlaceKind kind = ar.equals(r.get("admin1_ar")) || ar.equals(r.get("admin2_ar"))
                    ? PlaceKind.CITY
                    : ar.equals(r.get("admin3_ar")) ? PlaceKind.TOWN : PlaceKind.VILLAGE;
            String pcode = r.get("pcode");
            out.add(new PlaceDraft("pcode:" + pcode, kind, ar, r.get("name_en"),
                    r.number("lat"), r.number("lon"), path, "OCHA COD-PP " + pcode, OCHA_LICENCE));
        });
    }

    /** Admin units: governorates, districts and sub-districts at their label points. */
    public static void adminUnits(Reader in, PlaceCollector out) throws IOException {
        Csv.read(in, r -> {
            int level = Integer.parseInt(r.get("level"));
            String pcode = r.get("pcode");
            String en = r.get("name_en");
            String ar = r.get("name_ar");
            AdminPath path = switch (level) {
                case 1 -> new AdminPath(pcode, en, ar, null, null, null, null);
                case 2 -> new AdminPath(r.get("admin1_pcode"), r.get("admin1_en"),
                        r.get("admin1_ar"), pcode, en, null, null);
                default -> new AdminPath(r.get("admin1_pcode"), r.get("admin1_en"),
                        r.get("admin1_ar"), r.get("admin2_pcode"), r.get("admin2_en"), pcode, en);
            };
            out.add(new PlaceDraft("pcode:" + pcode, kindOfLevel(level), ar, en,
                    r.number("label_lat"), r.number("label_lon"), path, "OCHA COD-AB " + pcode,
                    OCHA_LICENCE));
        });
    }

    /** City neighbourhoods; a name cell may hold alternatives separated by "_". */
    public static void neighbourhoods(Reader in, PlaceCollector out) throws IOException {
        Csv.read(in, r -> {
            String pcode = r.get("pcode");
            AdminPath path = pathOf(r);
            String ar = r.get("name_ar");
            String en = r.get("name_en");
            PlaceDraft draft = new PlaceDraft("pcode:" + pcode, PlaceKind.NEIGHBOURHOOD,
                    ar.replace(NAME_ALTERNATIVES, " ").replaceAll("\\s+", " "), en.replace(NAME_ALTERNATIVES, " "),
                    r.number("lat"), r.number("lon"), path, "OCHA COD-AB " + pcode, OCHA_LICENCE);
            for (String part : ar.split(NAME_ALTERNATIVES)) {
                draft.name("ar", part);
            }
            for (String part : en.split(NAME_ALTERNATIVES)) {
                draft.name("en", part);
            }
            draft.name("en", r.get("alt_name_en"));
            out.add(draft);
        });
    }

    /**
     * Aliases of admin units (Arabic and English variants) keyed by OCHA P-code; a unit not read yet
     * is created at the alias table's centroid.
     */
    public static void aliases(Reader in, PlaceCollector out) throws IOException {
        Csv.read(in, r -> {
            String id = "pcode:" + r.get("ocha_pcode");
            String lang = r.get("lang");
            String alias = r.get("alias");
            PlaceDraft draft = out.get(id);
            if (draft == null) {
                boolean arabic = lang.equals("ar");
                draft = new PlaceDraft(id, kindOfLevel(Integer.parseInt(r.get("level"))),
                        arabic ? alias : "", arabic ? "" : alias, r.number("lat"), r.number("lon"),
                        AdminPath.UNKNOWN, "OpenSyria data-geography", ALIAS_LICENCE);
                out.add(draft);
            }
            out.addName(draft, lang, alias);
        });
    }

    private static AdminPath pathOf(Csv.Row r) {
        return new AdminPath(r.get("admin1_pcode"), r.get("admin1_en"), r.get("admin1_ar"),
                r.get("admin2_pcode"), r.get("admin2_en"), r.get("admin3_pcode"), r.get("admin3_en"));
    }

    private static PlaceKind kindOfLevel(int level) {
        return switch (level) {
            case 1 -> PlaceKind.GOVERNORATE;
            case 2 -> PlaceKind.DISTRICT;
            default -> PlaceKind.SUBDISTRICT;
        };
    }
}
