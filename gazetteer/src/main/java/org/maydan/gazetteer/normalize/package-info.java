/** Tokenizing and key folding shared by indexing and querying; internal, not part of the API. */
@NullMarked
package org.maydan.gazetteer.normalize;

import org.jspecify.annotations.NullMarked;
