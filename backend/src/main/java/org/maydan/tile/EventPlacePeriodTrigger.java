package org.maydan.tile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;
import org.maydan.event.TriggerColumns;

/**
 * Keeps {@code event_place_period} exact on the embedded H2 store, in the transaction of the write:
 * an inserted event adds itself to its place's all-time, year and month rows; an updated or deleted one has
 * the rows it was in (and is now in) computed again from {@code event}. Declared by the migration
 * {@code db/migration/h2/V9__event_place_period.sql}, which names this class; PostgreSQL does the
 * same with statement-level SQL triggers. Public with a no-argument constructor because H2
 * instantiates it by reflection.
 */
public final class EventPlacePeriodTrigger implements Trigger {

    private static final String[] COLUMNS = {"ID", "EVENT_DATE", "SUB_EVENT_TYPE", "PLACE_REF", "LONGITUDE",
        "LATITUDE", "FATALITIES"};
    private static final int ID = 0;
    private static final int EVENT_DATE = 1;
    private static final int SUB_EVENT_TYPE = 2;
    private static final int PLACE_REF = 3;
    private static final int LONGITUDE = 4;
    private static final int LATITUDE = 5;
    private static final int FATALITIES = 6;
    private static final String KEY = "period = ? AND period_start = ? AND sub_event_type = ? AND place_ref = ?"
            + " AND longitude = ? AND latitude = ?";

    /** Positions of {@link #COLUMNS} in the rows H2 hands the trigger, in that order. */
    private int[] at = new int[0];

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        at = TriggerColumns.positions(connection, schema, table, COLUMNS);
    }

    @Override
    public void fire(Connection connection, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
        for (Period period : Period.values()) {
            if (oldRow == null && newRow != null) {
                add(connection, period, newRow);
                continue;
            }
            if (oldRow != null) {
                recount(connection, period, oldRow);
            }
            if (newRow != null) {
                recount(connection, period, newRow);
            }
        }
    }

    private void add(Connection connection, Period period, Object[] row) throws SQLException {
        long fatalities = row[at[FATALITIES]] instanceof Number n ? n.longValue() : 0;
        LocalDate day = date(row);
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE event_place_period SET events = events + 1, fatalities = fatalities + ?,
                    min_id = LEAST(min_id, ?), min_date = LEAST(min_date, ?)""" + " WHERE " + KEY)) {
            update.setLong(1, fatalities);
            update.setObject(2, row[at[ID]]);
            update.setObject(3, day);
            bindKey(update, 4, period, row);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO event_place_period (period, period_start, sub_event_type, place_ref, longitude, latitude,
                    events, fatalities, min_id, min_date) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")) {
            bindKey(insert, 1, period, row);
            insert.setLong(7, fatalities);
            insert.setObject(8, row[at[ID]]);
            insert.setObject(9, day);
            insert.executeUpdate();
        }
    }

    private void recount(Connection connection, Period period, Object[] row) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM event_place_period WHERE " + KEY)) {
            bindKey(delete, 1, period, row);
            delete.executeUpdate();
        }
        LocalDate start = period.start(date(row));
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO event_place_period (period, period_start, sub_event_type, place_ref, longitude, latitude,
                    events, fatalities, min_id, min_date)
                SELECT ?, ?, sub_event_type, place_ref, longitude, latitude, COUNT(*), SUM(COALESCE(fatalities, 0)),
                       MIN(id), MIN(event_date)
                FROM event WHERE sub_event_type = ? AND place_ref = ? AND event_date >= ? AND event_date < ?
                    AND longitude = ? AND latitude = ?
                GROUP BY sub_event_type, place_ref, longitude, latitude""")) {
            insert.setString(1, period.code);
            insert.setObject(2, start);
            insert.setObject(3, row[at[SUB_EVENT_TYPE]]);
            insert.setObject(4, row[at[PLACE_REF]]);
            insert.setObject(5, start);
            insert.setObject(6, period.next(start));
            insert.setObject(7, row[at[LONGITUDE]]);
            insert.setObject(8, row[at[LATITUDE]]);
            insert.executeUpdate();
        }
    }

    private void bindKey(PreparedStatement statement, int first, Period period, Object[] row) throws SQLException {
        statement.setString(first, period.code);
        statement.setObject(first + 1, period.start(date(row)));
        statement.setObject(first + 2, row[at[SUB_EVENT_TYPE]]);
        statement.setObject(first + 3, row[at[PLACE_REF]]);
        statement.setObject(first + 4, row[at[LONGITUDE]]);
        statement.setObject(first + 5, row[at[LATITUDE]]);
    }

    private LocalDate date(Object[] row) {
        Object value = row[at[EVENT_DATE]];
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }
}
