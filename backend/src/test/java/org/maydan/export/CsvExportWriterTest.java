package org.maydan.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvExportWriterTest {

    private static final List<String> ACLED_ORDER_THEN_OURS = List.of("event_id_cnty", "event_date", "year",
            "time_precision", "event_type", "sub_event_type", "admin1", "admin2", "location", "latitude",
            "longitude", "geo_precision", "source", "notes", "fatalities", "location_ar", "source_count", "confidence",
            "date_approximate");

    private static byte[] export(List<ExportEvent> events) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExportWriter().write(events.iterator(), out);
        return out.toByteArray();
    }

    /** Parses with Jackson's CSV module, an RFC 4180 reader independent of our writer. */
    private static List<List<String>> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.charAt(0)).isEqualTo(CsvExportWriter.BYTE_ORDER_MARK);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .readValues(text.substring(1))) {
            return rows.readAll();
        }
    }

    @Test
    void startsWithUtf8ByteOrderMarkSoExcelReadsArabic() throws IOException {
        byte[] csv = export(List.of());

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void headerUsesAcledNamesInAcledOrderThenOurs() throws IOException {
        assertThat(parse(export(List.of())).get(0)).containsExactlyElementsOf(ACLED_ORDER_THEN_OURS);
    }

    @Test
    void rowsReadBackCellForCellWithArabicQuotesCommasAndNewlines() throws IOException {
        List<List<String>> rows = parse(export(ExportEvents.mixed()));

        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsExactly("SYR-MAYDAN-1", "2019-05-06", "2019", "1",
                "Explosions/Remote violence", "Shelling/artillery/missile attack", "Hama", "As-Suqaylabiyah",
                "Kafr Nabudah", "35.4389", "36.4906", "1", "Example Agency", ExportEvents.ARABIC_NOTES, "2",
                "كفر نبودة", "1", "0.85", "false");
        List<String> hostile = rows.get(2);
        assertThat(hostile.get(ACLED_ORDER_THEN_OURS.indexOf("notes"))).isEqualTo("'" + ExportEvents.HOSTILE_NOTES);
        assertThat(hostile.get(ACLED_ORDER_THEN_OURS.indexOf("location"))).isEqualTo("'@Kabani, \"the hill\"");
        assertThat(hostile.get(ACLED_ORDER_THEN_OURS.indexOf("admin1"))).isEqualTo("'+Idleb");
        assertThat(hostile.get(ACLED_ORDER_THEN_OURS.indexOf("admin2"))).isEqualTo("'-Harim");
        assertThat(hostile.get(ACLED_ORDER_THEN_OURS.indexOf("location_ar"))).isEqualTo("كباني\nالتلة");
        assertThat(hostile.get(ACLED_ORDER_THEN_OURS.indexOf("source"))).isEqualTo("Agency \"A\"; Agency B");
        List<String> sparse = rows.get(3);
        assertThat(sparse.get(ACLED_ORDER_THEN_OURS.indexOf("admin1"))).isEmpty();
        assertThat(sparse.get(ACLED_ORDER_THEN_OURS.indexOf("location_ar"))).isEmpty();
        assertThat(sparse.get(ACLED_ORDER_THEN_OURS.indexOf("confidence"))).as("none stored").isEmpty();
        assertThat(hostile.get(ACLED_ORDER_THEN_OURS.indexOf("date_approximate"))).isEqualTo("true");
    }

    @Test
    void recordsEndWithCrLf() throws IOException {
        String text = new String(export(List.of(ExportEvents.event(1))), StandardCharsets.UTF_8);

        assertThat(text).endsWith("\r\n").contains("date_approximate\r\nSYR-MAYDAN-1,");
    }

    @Test
    void numericCellsAreNeverGuardedSoNegativeNumbersStayNumbers() throws IOException {
        ExportEvent base = ExportEvents.event(7);
        ExportEvent west = new ExportEvent(7, base.eventDate(), 1, base.eventType(), base.subEventType(),
                null, null, "Somewhere", null, -0.5, -1.25, 1, 0, "", "", 1);

        List<String> row = parse(export(List.of(west))).get(1);

        assertThat(row.get(ACLED_ORDER_THEN_OURS.indexOf("latitude"))).isEqualTo("-0.5");
        assertThat(row.get(ACLED_ORDER_THEN_OURS.indexOf("longitude"))).isEqualTo("-1.25");
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+2            | '=1+2",
        "+963 11         | '+963 11",
        "-gunfire        | '-gunfire",
        "@SUM(A1)        | '@SUM(A1)",
        "`\tTAB`         | `'\tTAB`",
        "قصف على =البلدة | قصف على =البلدة",
        "a-b=c           | a-b=c",
        "``              | ``",
        "`\rCR`          | `'\rCR`",
        "` =1+2`         | `' =1+2`",
        "`\u00A0=1+2`    | `'\u00A0=1+2`",
        "`\u200F=1+2`    | `'\u200F=1+2`",
        "`\u202E\u200B@SUM(A1)` | `'\u202E\u200B@SUM(A1)`",
        "`\uFEFF+1`      | `'\uFEFF+1`",
        "＝1+2           | '＝1+2",
        "＋963           | '＋963",
        "－1             | '－1",
        "＠SUM(A1)       | '＠SUM(A1)",
        "﹦1+2           | '﹦1+2",
        "−1              | '−1",
        "` plain`        | ` plain`",
        "`\u200Fكفرنبل`  | `\u200Fكفرنبل`",
    })
    void textCellsThatSpreadsheetsWouldRunAsFormulasGetAnApostrophe(String cell, String written) {
        assertThat(CsvExportWriter.guardFormula(cell)).isEqualTo(written);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain          | plain",
        "a,b            | `\"a,b\"`",
        "`say \"hi\"`   | `\"say \"\"hi\"\"\"`",
        "`one\ntwo`     | `\"one\ntwo\"`",
        "كفر نبل        | كفر نبل",
    })
    void fieldsAreQuotedOnlyWhenRfc4180NeedsIt(String cell, String written) {
        assertThat(CsvExportWriter.quote(cell)).isEqualTo(written);
    }

    @Test
    void streamsRowsOutBeforeTheLastEventIsRead() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportEvents.Lazy events = new ExportEvents.Lazy(ExportEvents.STREAMING_COUNT, out::size);

        new CsvExportWriter().write(events, out);

        assertThat(events.bytesWrittenBeforeLast()).isPositive();
        assertThat(parse(out.toByteArray())).hasSize(ExportEvents.STREAMING_COUNT + 1);
    }
}
