/**
 * Event extraction: an {@link org.maydan.extract.Article} in, the places it names and the ACLED-style
 * events it reports out. Places come from the {@link org.maydan.extract.Geoparser} port; this package
 * splits sentences, resolves dates, counts fatalities, classifies triggers and assembles events.
 */
@NullMarked
package org.maydan.extract;

import org.jspecify.annotations.NullMarked;
