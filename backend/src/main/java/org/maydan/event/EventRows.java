package org.maydan.event;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The column lists {@link JdbcEventStore} reads and the records it makes of their rows. Columns
 * are read by position, in the order of the lists, which saves a name lookup per value on pages
 * of thousands of rows. The lists are public for {@code bench-events}, which times the same SQL.
 */
public final class EventRows {

    /** Every column an {@link Event} holds, in the positions {@link #event} reads. */
    public static final String EVENT_COLUMNS = """
            id, event_date, time_precision, sub_event_type, place_ref, location, location_ar,
            admin1, admin2, latitude, longitude, geo_precision, fatalities, notes, source,
            fatalities_min, fatalities_max, fatalities_disputed, source_count, confidence, date_approximate""";
    /** The columns of an {@link EventPoint}, in the positions {@link #point} reads. */
    public static final String POINT_COLUMNS =
            "id, event_date, sub_event_type, longitude, latitude, fatalities, confidence, date_approximate";
    /** The columns of an {@link EventMarker}, in the positions {@link #marker} reads. */
    public static final String MARKER_COLUMNS =
            "id, event_date, time_precision, sub_event_type, location, location_ar, longitude, latitude, fatalities,"
            + " confidence, date_approximate";

    private EventRows() {
    }

    static Event event(ResultSet rs) throws SQLException {
        EventPlace place = new EventPlace(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getString(9), rs.getDouble(10), rs.getDouble(11));
        return new Event(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3), subEventType(rs.getString(4)),
                place, rs.getInt(12), integer(rs, 13), rs.getString(14), rs.getString(15),
                new Corroboration(rs.getInt(19), integer(rs, 16), integer(rs, 17), rs.getBoolean(18)),
                real(rs, 20), rs.getBoolean(21));
    }

    /**
     * Fills {@code row} from a row of {@link #EVENT_COLUMNS}. With {@code raw} the text columns are
     * the driver's own bytes ({@code getBytes} on a text column is its UTF-8 encoding on
     * PostgreSQL); otherwise strings encoded here (H2 holds strings).
     */
    static FeatureRow featureRow(ResultSet rs, boolean raw, FeatureRow row) throws SQLException {
        row.id = rs.getLong(1);
        row.eventDate = rs.getObject(2, LocalDate.class);
        row.timePrecision = rs.getInt(3);
        row.subEventType = subEventType(rs.getString(4));
        row.placeRef = text(rs, 5, raw);
        row.location = text(rs, 6, raw);
        row.locationAr = text(rs, 7, raw);
        row.admin1 = nullableText(rs, 8, raw);
        row.admin2 = nullableText(rs, 9, raw);
        row.latitude = rs.getDouble(10);
        row.longitude = rs.getDouble(11);
        row.geoPrecision = rs.getInt(12);
        row.fatalities = integer(rs, 13);
        row.notes = text(rs, 14, raw);
        row.source = text(rs, 15, raw);
        row.fatalitiesMin = integer(rs, 16);
        row.fatalitiesMax = integer(rs, 17);
        row.fatalitiesDisputed = rs.getBoolean(18);
        row.sourceCount = rs.getInt(19);
        row.confidence = real(rs, 20);
        row.dateApproximate = rs.getBoolean(21);
        return row;
    }

    private static byte[] text(ResultSet rs, int column, boolean raw) throws SQLException {
        byte[] text = nullableText(rs, column, raw);
        if (text == null) {
            throw new IllegalStateException("column " + column + " of an event row is null");
        }
        return text;
    }

    private static byte @Nullable [] nullableText(ResultSet rs, int column, boolean raw) throws SQLException {
        if (raw) {
            return rs.getBytes(column);
        }
        String text = rs.getString(column);
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    static EventPoint point(ResultSet rs) throws SQLException {
        return new EventPoint(rs.getLong(1), rs.getObject(2, LocalDate.class), subEventType(rs.getString(3)),
                rs.getDouble(4), rs.getDouble(5), integer(rs, 6), real(rs, 7), rs.getBoolean(8));
    }

    static EventMarker marker(ResultSet rs) throws SQLException {
        return new EventMarker(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
                subEventType(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getDouble(7), rs.getDouble(8),
                integer(rs, 9), real(rs, 10), rs.getBoolean(11));
    }

    static SubEventType subEventType(String label) {
        return SubEventType.fromStoredLabel(label)
                .orElseThrow(() -> new IllegalStateException("stored sub_event_type unknown to this version: " + label));
    }

    static @Nullable Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static @Nullable Double real(ResultSet rs, int column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static @Nullable Double real(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
