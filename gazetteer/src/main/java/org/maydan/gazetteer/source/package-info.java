/** Readers for place sources (shipped TSV, OCHA tables, GeoNames dumps, boundaries); internal, not part of the API. */
@NullMarked
package org.maydan.gazetteer.source;

import org.jspecify.annotations.NullMarked;
