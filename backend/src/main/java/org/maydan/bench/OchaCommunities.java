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

/** Reads the OCHA communities CSV ({@code syr_communities_ocha.csv}, header row, RFC 4180). */
final class OchaCommunities {

    /** Where the shared data folder keeps it, relative to the shared root. */
    static final String SHARED_PATH = "data/gazetteer/syr_communities_ocha.csv";

    private OchaCommunities() {
    }

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
