package org.maydan.system;

/** Where events are stored; chosen by {@code maydan.store}. */
public enum StoreKind {
    /** H2 with the H2GIS extension in a file under the working directory: nothing to install. */
    EMBEDDED,
    /** PostgreSQL with PostGIS, reached through {@code maydan.postgis.*}. */
    POSTGIS
}
