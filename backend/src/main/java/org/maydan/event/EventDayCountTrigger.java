package org.maydan.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * Keeps {@code event_day_count} exact on the embedded H2 store, in the transaction of the write:
 * an inserted event adds one to its day and type, a deleted one removes one, an update does both.
 * Declared by the migration {@code db/migration/h2/V4__event_day_count.sql}, which names this class;
 * PostgreSQL does the same with SQL triggers. Public with a no-argument constructor because H2
 * instantiates it by reflection.
 */
public final class EventDayCountTrigger implements Trigger {

    private static final String DATE_COLUMN = "EVENT_DATE";
    private static final String TYPE_COLUMN = "SUB_EVENT_TYPE";

    private int dateIndex = -1;
    private int typeIndex = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        int[] positions = TriggerColumns.positions(connection, schema, table, DATE_COLUMN, TYPE_COLUMN);
        dateIndex = positions[0];
        typeIndex = positions[1];
    }

    @Override
    public void fire(Connection connection, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
        if (oldRow != null) {
            add(connection, oldRow, -1);
        }
        if (newRow != null) {
            add(connection, newRow, 1);
        }
    }

    private void add(Connection connection, Object[] row, int delta) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE event_day_count SET events = events + ?
                WHERE event_date = ? AND sub_event_type = ?""")) {
            update.setInt(1, delta);
            update.setObject(2, row[dateIndex]);
            update.setObject(3, row[typeIndex]);
            if (update.executeUpdate() > 0 || delta < 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO event_day_count (event_date, sub_event_type, events) VALUES (?, ?, ?)")) {
            insert.setObject(1, row[dateIndex]);
            insert.setObject(2, row[typeIndex]);
            insert.setInt(3, delta);
            insert.executeUpdate();
        }
    }
}
