package org.maydan.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.AdminPath;
import org.maydan.gazetteer.Gazetteer;
import org.maydan.gazetteer.GazetteerConfig;
import org.maydan.gazetteer.Place;

/**
 * The OCHA communities (admin4 populated places) the synthetic events happen at: by default those
 * shipped with the gazetteer, or another table in OCHA's CSV layout ({@code syr_communities_ocha.csv}:
 * header row, RFC 4180, columns {@code pcode,name_en,name_ar,admin1_en,admin1_ar,admin2_pcode,
 * admin2_en,admin2_ar,lat,lon}).
 */
final class OchaCommunities {

    private static final String COMMUNITY_ID = "pcode:C";

    private OchaCommunities() {
    }

    /** The communities of the default gazetteer, with their district's Arabic name. */
    static List<Community> shipped() throws IOException {
        Gazetteer gazetteer = Gazetteer.load(GazetteerConfig.defaults());
        List<Community> communities = new ArrayList<>();
        for (Place p : gazetteer.places()) {
            if (!p.id().startsWith(COMMUNITY_ID)) {
                continue;
            }
            AdminPath a = p.admin();
            String admin2Ar = a.admin2Pcode() == null ? "" : gazetteer.byId("pcode:" + a.admin2Pcode())
                    .map(Place::nameAr).orElse("");
            communities.add(new Community(p.id().substring("pcode:".length()), p.nameEn(), p.nameAr(),
                    text(a.admin1En()), text(a.admin1Ar()), text(a.admin2Pcode()), text(a.admin2En()), admin2Ar,
                    p.lat(), p.lon()));
        }
        return communities;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** The communities of a CSV file in OCHA's layout. */
    static List<Community> read(Path csv) throws IOException {
        List<Community> communities = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                MappingIterator<Map<String, String>> rows = new CsvMapper()
                        .readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader())
                        .readValues(reader)) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                communities.add(new Community(row.get("pcode"), row.get("name_en"), row.get("name_ar"),
                        row.get("admin1_en"), row.get("admin1_ar"), row.get("admin2_pcode"),
                        row.get("admin2_en"), row.get("admin2_ar"),
                        Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon"))));
            }
        }
        return communities;
    }
}
