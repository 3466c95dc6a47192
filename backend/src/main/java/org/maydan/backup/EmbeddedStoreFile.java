package org.maydan.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.maydan.cli.UsageException;

/**
 * The embedded store as files: {@code PATH.mv.db} for the store at {@code jdbc:h2:file:PATH}
 * (maydan.embedded.url). Opening it goes straight to the H2 driver, never creates a store, and
 * turns the two usual refusals into messages: no store there, or another process has it open.
 *
 * @param path the store's path without the {@code .mv.db} suffix
 */
record EmbeddedStoreFile(Path path) {

    static final String SUFFIX = ".mv.db";
    /** H2: the database file is locked by another process. */
    private static final int IN_USE = 90020;
    /** H2: no database at this path (with IFEXISTS). */
    private static final int NOT_FOUND = 90146;
    private static final String USER = "sa";

    /** The store of a {@code jdbc:h2:file:PATH} URL, or of a plain path. */
    static EmbeddedStoreFile of(String urlOrPath) {
        String path = urlOrPath.startsWith("jdbc:h2:file:") ? urlOrPath.substring("jdbc:h2:file:".length()) : urlOrPath;
        int options = path.indexOf(';');
        path = options >= 0 ? path.substring(0, options) : path;
        if (path.endsWith(SUFFIX)) {
            path = path.substring(0, path.length() - SUFFIX.length());
        }
        return new EmbeddedStoreFile(Path.of(path).toAbsolutePath().normalize());
    }

    Path file() {
        return path.resolveSibling(path.getFileName() + SUFFIX);
    }

    boolean exists() {
        return Files.isRegularFile(file());
    }

    /**
     * A connection to the existing store.
     *
     * @throws UsageException when there is no store
     * @throws IllegalStateException when another process has it open
     */
    Connection open() throws SQLException {
        try {
            return DriverManager.getConnection("jdbc:h2:file:" + path + ";IFEXISTS=TRUE", USER, "");
        } catch (SQLException e) {
            if (e.getErrorCode() == IN_USE) {
                throw new IllegalStateException("the embedded store " + file() + " is in use by another process (a"
                        + " running server or command): stop it first");
            }
            if (e.getErrorCode() == NOT_FOUND) {
                throw new UsageException("there is no embedded store at " + file());
            }
            throw e;
        }
    }
}
