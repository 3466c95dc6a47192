/** Scanning text for place names and region phrases; internal, not part of the API. */
@NullMarked
package org.maydan.gazetteer.match;

import org.jspecify.annotations.NullMarked;
