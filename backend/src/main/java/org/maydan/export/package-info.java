/**
 * Exports of events for analysts: CSV with ACLED column names, RFC 7946 GeoJSON and OGC
 * GeoPackage. Every writer streams: it takes an iterator of {@link org.maydan.export.ExportEvent}
 * and an output stream and never holds the whole result in memory (the GeoPackage writer spools
 * to a temporary file, since SQLite needs random access).
 */
@NullMarked
package org.maydan.export;

import org.jspecify.annotations.NullMarked;
