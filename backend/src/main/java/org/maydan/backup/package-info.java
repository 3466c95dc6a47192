/**
 * Backup and restore of the embedded store: a consistent copy of the H2GIS file as a zip, and
 * putting one back. PostGIS is backed up with PostgreSQL's own pg_dump and pg_restore (README).
 */
@NullMarked
package org.maydan.backup;

import org.jspecify.annotations.NullMarked;
