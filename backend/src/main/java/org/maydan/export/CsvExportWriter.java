package org.maydan.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * CSV after RFC 4180: a header row of {@link ExportColumn} names, CRLF line ends, fields quoted
 * when they hold a comma, quote, CR or LF, quotes doubled. UTF-8 with a byte-order mark, which is
 * what makes Excel read the Arabic columns as UTF-8 instead of the ANSI code page.
 *
 * <p>Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with
 * {@code = + - @}, tab or CR as a formula, so a news sentence such as {@code =cmd|'/c calc'!A1}
 * could execute on an analyst's machine. Spreadsheets also skip what they do not show before the
 * sign (spaces including no-break spaces, zero-width characters, bidi marks) and read full-width
 * and small forms ({@code ＝ ＋ － ＠}, {@code ﹦ ﹢ ﹣ ﹫}) and the minus sign {@code −} as the ASCII
 * ones. A text cell whose first visible character is one of these, or that starts with tab, CR or
 * LF, gets a leading apostrophe, which spreadsheets show as text and hide; numeric columns are
 * never touched, so a negative number stays a number. Tools that read the CSV as data see the
 * apostrophe and should strip it.
 */
public final class CsvExportWriter implements ExportWriter {

    /** U+FEFF, written first so Excel detects UTF-8. */
    static final char BYTE_ORDER_MARK = '\uFEFF';
    static final String LINE_END = "\r\n";
    static final char FORMULA_GUARD = '\'';
    private static final String FORMULA_SIGNS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\u2212";
    private static final String CONTROL_STARTS = "\t\r\n";
    private static final int BUFFER_CHARS = 1 << 16;

    @Override
    public void write(Iterator<ExportEvent> events, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
        w.write(BYTE_ORDER_MARK);
        writeRow(w, ExportColumn.ALL.stream().map(ExportColumn::header).toList());
        while (events.hasNext()) {
            ExportEvent event = events.next();
            writeRow(w, ExportColumn.ALL.stream().map(c -> cell(c, event)).toList());
        }
        w.flush();
    }

    private static void writeRow(Writer w, Iterable<String> cells) throws IOException {
        boolean first = true;
        for (String cell : cells) {
            if (!first) {
                w.write(',');
            }
            w.write(quote(cell));
            first = false;
        }
        w.write(LINE_END);
    }

    private static String cell(ExportColumn column, ExportEvent event) {
        @Nullable Object value = column.valueOf(event);
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return column.kind() == ExportColumn.Kind.TEXT ? guardFormula(text) : text;
    }

    static String guardFormula(String text) {
        if (text.isEmpty()) {
            return text;
        }
        if (CONTROL_STARTS.indexOf(text.charAt(0)) >= 0) {
            return FORMULA_GUARD + text;
        }
        int i = 0;
        while (i < text.length() && invisible(text.charAt(i))) {
            i++;
        }
        return i < text.length() && FORMULA_SIGNS.indexOf(text.charAt(i)) >= 0 ? FORMULA_GUARD + text : text;
    }

    /** What a spreadsheet shows as nothing before a sign: spaces, zero-width and direction characters. */
    private static boolean invisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT;
    }

    static String quote(String cell) {
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0
                || cell.indexOf('\r') >= 0 || cell.indexOf('\n') >= 0;
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
