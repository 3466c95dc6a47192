package org.maydan.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * Grows {@code event_extent} on the embedded H2 store to cover every inserted or updated event, in
 * the transaction of the write; the row is only written when a point falls outside it. Declared by
 * the migration {@code db/migration/h2/V6__read_path.sql}, which names this class; PostgreSQL does
 * the same with SQL triggers. Public with a no-argument constructor because H2 instantiates it by
 * reflection.
 */
public final class EventExtentTrigger implements Trigger {

    private static final String LONGITUDE = "LONGITUDE";
    private static final String LATITUDE = "LATITUDE";

    private int longitudeIndex = -1;
    private int latitudeIndex = -1;

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        int[] positions = TriggerColumns.positions(connection, schema, table, LONGITUDE, LATITUDE);
        longitudeIndex = positions[0];
        latitudeIndex = positions[1];
    }

    @Override
    public void fire(Connection connection, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
        if (newRow == null) {
            return;
        }
        double lon = ((Number) newRow[longitudeIndex]).doubleValue();
        double lat = ((Number) newRow[latitudeIndex]).doubleValue();
        try (PreparedStatement grow = connection.prepareStatement("""
                UPDATE event_extent SET min_lon = LEAST(COALESCE(min_lon, ?1), ?1),
                    min_lat = LEAST(COALESCE(min_lat, ?2), ?2), max_lon = GREATEST(COALESCE(max_lon, ?1), ?1),
                    max_lat = GREATEST(COALESCE(max_lat, ?2), ?2)
                WHERE id = 1 AND (min_lon IS NULL OR ?1 < min_lon OR ?2 < min_lat OR ?1 > max_lon OR ?2 > max_lat)""")) {
            grow.setDouble(1, lon);
            grow.setDouble(2, lat);
            grow.executeUpdate();
        }
    }
}
