/** In-memory name indexes over loaded places; internal, not part of the API. */
@NullMarked
package org.maydan.gazetteer.index;

import org.jspecify.annotations.NullMarked;
