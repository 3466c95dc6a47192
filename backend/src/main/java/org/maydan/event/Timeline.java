package org.maydan.event;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Event counts per day, the wire form of {@code /api/timeline}: only days with events appear.
 * The record documents the shape (OpenAPI); {@link #write} writes it from the store's counts
 * without building it.
 *
 * @param days the days with at least one event, in date order
 */
public record Timeline(List<Day> days) {

    private static final byte[] START = JsonBytes.bytes("{\"days\":[");
    private static final byte[] DAY_DATE = JsonBytes.bytes("{\"date\":");
    private static final byte[] TOTAL = JsonBytes.bytes(",\"total\":");
    private static final byte[] COUNTS = JsonBytes.bytes(",\"counts\":{");
    private static final byte[] DAY_END = JsonBytes.bytes("}}");
    private static final byte[] COLON = JsonBytes.bytes(":");
    private static final byte[] COMMA = JsonBytes.bytes(",");
    private static final byte[] END = JsonBytes.bytes("]}");

    /**
     * One day.
     *
     * @param date the day
     * @param total events that day
     * @param counts events that day per ACLED sub-event type
     */
    public record Day(LocalDate date, long total, Map<String, Long> counts) {}

    /** Writes per-day, per-type counts (in date order) as days. */
    static void write(List<DayCount> counts, OutputStream out) throws IOException {
        JsonBytes json = new JsonBytes(out).raw(START);
        int from = 0;
        while (from < counts.size()) {
            LocalDate date = counts.get(from).date();
            int to = from;
            long total = 0;
            while (to < counts.size() && counts.get(to).date().equals(date)) {
                total += counts.get(to).count();
                to++;
            }
            if (from > 0) {
                json.raw(COMMA);
            }
            json.raw(DAY_DATE).plainString(date.toString()).raw(TOTAL).number(total).raw(COUNTS);
            for (int i = from; i < to; i++) {
                if (i > from) {
                    json.raw(COMMA);
                }
                json.plainString(counts.get(i).type().label()).raw(COLON).number(counts.get(i).count());
            }
            json.raw(DAY_END).flushIfFull();
            from = to;
        }
        json.raw(END).flush();
    }
}
