/** Ranking of candidates: homonyms by context, search hits by similarity; internal, not part of the API. */
@NullMarked
package org.maydan.gazetteer.resolve;

import org.jspecify.annotations.NullMarked;
