package org.maydan.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/** Where the columns an H2 row trigger reads sit in the rows H2 hands it. */
public final class TriggerColumns {

    private TriggerColumns() {
    }

    /**
     * The zero-based positions of {@code names} (upper case, as H2 stores them) in rows of
     * {@code table}, in the order given.
     *
     * @throws SQLException if the table lacks one of them
     */
    public static int[] positions(Connection connection, String schema, String table, String... names) throws SQLException {
        int[] positions = new int[names.length];
        Arrays.fill(positions, -1);
        try (PreparedStatement columns = connection.prepareStatement("""
                SELECT COLUMN_NAME, ORDINAL_POSITION FROM INFORMATION_SCHEMA.COLUMNS
                WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?""")) {
            columns.setString(1, schema);
            columns.setString(2, table);
            try (ResultSet rs = columns.executeQuery()) {
                while (rs.next()) {
                    int wanted = Arrays.asList(names).indexOf(rs.getString(1));
                    if (wanted >= 0) {
                        positions[wanted] = rs.getInt(2) - 1;
                    }
                }
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (positions[i] < 0) {
                throw new SQLException("table " + table + " has no column " + names[i]);
            }
        }
        return positions;
    }
}
