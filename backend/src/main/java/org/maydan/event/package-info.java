/** Events: ACLED-style records with evidence, their store port and the GeoJSON and timeline API. */
@NullMarked
package org.maydan.event;

import org.jspecify.annotations.NullMarked;
