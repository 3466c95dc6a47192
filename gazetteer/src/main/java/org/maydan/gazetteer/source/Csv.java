package org.maydan.gazetteer.source;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.Map;
import java.util.function.Consumer;

/** RFC 4180 CSV with a header row, read row by row as column-name maps (Jackson CSV). */
final class Csv {

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .build();

    private Csv() {
    }

    static void read(Reader reader, Consumer<Row> rows) throws IOException {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it =
                MAPPER.readerForMapOf(String.class).with(schema).readValues(reader)) {
            while (it.hasNext()) {
                rows.accept(new Row(it.next()));
            }
        }
    }

    /** One row; missing and empty cells read as "". */
    record Row(Map<String, String> cells) {

        String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }

        double number(String column) {
            return Double.parseDouble(get(column));
        }
    }
}
