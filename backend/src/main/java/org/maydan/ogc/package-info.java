/**
 * The events as an OGC API – Features collection (Part 1, Core and GeoJSON) for GIS tools: the
 * landing page at {@code /}, {@code /conformance}, {@code /collections}, {@code /collections/events},
 * its items and single items. Items are read and written by the event package's store query and
 * feature writer, the same code as {@code /api/events}.
 */
@NullMarked
package org.maydan.ogc;

import org.jspecify.annotations.NullMarked;
