package org.maydan.system;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns "the embedded store's file is locked" at start into a short explanation and what to do,
 * instead of a stack trace: H2 lets one process open a database file, so a second server or
 * {@code ingest} on the same {@code maydan.embedded.url} cannot start while the first runs.
 */
class StoreInUseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    /** H2's {@code DATABASE_ALREADY_OPEN_1}: another process holds the file lock. */
    static final int H2_DATABASE_IN_USE = 90020;

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        SQLException inUse = find(cause);
        if (inUse == null) {
            return null;
        }
        String detail = inUse.getMessage() == null ? "" : inUse.getMessage().lines().findFirst().orElse("");
        return new FailureAnalysis(
                "The embedded store is in use by another process: another Maydan server or command has its file"
                        + " open, and only one process may open it at a time.\n  (" + detail + ")",
                "Stop the other process (a server: Ctrl-C; an ingest: wait for it to finish), or give this one its"
                        + " own store with --maydan.embedded.url=jdbc:h2:file:/another/path/maydan. To share one store"
                        + " between several processes, use PostGIS (maydan.store=postgis).",
                inUse);
    }

    private static @Nullable SQLException find(SQLException error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return sql;
            }
        }
        return null;
    }
}
