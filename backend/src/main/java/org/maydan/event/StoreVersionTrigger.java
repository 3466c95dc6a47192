package org.maydan.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * Advances {@code store_version} on the embedded H2 store for every row written to articles,
 * events or evidence, in the transaction of the write. Declared by the migration
 * {@code db/migration/h2/V5__store_version.sql}, which names this class; PostgreSQL does the same
 * with SQL triggers. Public with a no-argument constructor because H2 instantiates it by reflection.
 */
public final class StoreVersionTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
        try (PreparedStatement advance = connection.prepareStatement(
                "UPDATE store_version SET version = version + 1, changed_at = CURRENT_TIMESTAMP WHERE id = 1")) {
            advance.executeUpdate();
        }
    }
}
