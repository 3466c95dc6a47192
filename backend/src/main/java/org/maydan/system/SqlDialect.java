package org.maydan.system;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The few SQL statements that PostgreSQL and H2 spell differently; everything else is shared text.
 * Today that is one: "insert this row unless a row with the same key exists", which concurrent
 * writers of the same article or event need so that the second writer finds the first one's row
 * instead of failing on the unique constraint.
 */
public enum SqlDialect {

    /** PostgreSQL with PostGIS: {@code INSERT ... ON CONFLICT DO NOTHING}. */
    POSTGRESQL {
        @Override
        public String insertIfAbsent(String table, String columns, String values, String sameKey) {
            return "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ") ON CONFLICT DO NOTHING";
        }
    },

    /**
     * H2 with H2GIS: a standard {@code MERGE} without a {@code WHEN MATCHED} branch. H2 does not wait
     * for a racing writer's uncommitted row as PostgreSQL does, so the loser of a race may still see
     * a duplicate-key error; callers retry the transaction (see {@code ArticleIngest}).
     */
    H2 {
        @Override
        public String insertIfAbsent(String table, String columns, String values, String sameKey) {
            return "MERGE INTO " + table + " USING (VALUES (1)) AS one (x) ON " + sameKey
                    + " WHEN NOT MATCHED THEN INSERT (" + columns + ") VALUES (" + values + ")";
        }
    };

    /**
     * A statement inserting one row unless a row with its key exists; its update count is 1 when it
     * inserted and 0 when the row was there.
     *
     * @param table the table
     * @param columns the column list
     * @param values the value list (named parameters or expressions), in column order
     * @param sameKey a condition on {@code table}'s columns that holds for the row's existing twin
     *        (H2 needs it; PostgreSQL relies on the table's unique constraints)
     */
    public abstract String insertIfAbsent(String table, String columns, String values, String sameKey);

    /** The dialect of a data source, from its driver's product name. */
    public static SqlDialect of(DataSource dataSource) {
        String product;
        try {
            product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell the database vendor: " + e.getMessage(), e);
        }
        return forProduct(product);
    }

    static SqlDialect forProduct(String product) {
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        if (name.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("unsupported database: " + product);
    }
}
