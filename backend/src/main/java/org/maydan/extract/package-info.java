/**
 * Event extraction: an {@link org.maydan.extract.NewsArticle} in, the places it names and the ACLED-style
 * events it reports out. The gazetteer's {@link org.maydan.gazetteer.Geoparser} reads the text once
 * (tokens, sentences and place mentions of the {@code org.maydan.gazetteer.text} layer); this
 * package works on those same tokens: it resolves dates, counts fatalities, classifies triggers
 * and assembles events.
 */
@NullMarked
package org.maydan.extract;

import org.jspecify.annotations.NullMarked;
