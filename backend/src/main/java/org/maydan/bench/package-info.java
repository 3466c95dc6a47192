/**
 * Synthetic events and the {@code bench-events} command: fills a PostGIS store with N realistic
 * events over Syria's real communities by COPY, then times the map's read queries in SQL and,
 * against a running server, over HTTP.
 */
@NullMarked
package org.maydan.bench;

import org.jspecify.annotations.NullMarked;
