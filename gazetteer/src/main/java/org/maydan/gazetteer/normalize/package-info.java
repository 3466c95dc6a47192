/**
 * Key folding of normalized names shared by indexing and querying (loose keys, Latin skeletons);
 * internal, not part of the API. Tokens and the normalization itself are the text package's.
 */
@NullMarked
package org.maydan.gazetteer.normalize;

import org.jspecify.annotations.NullMarked;
