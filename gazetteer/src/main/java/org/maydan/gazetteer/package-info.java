/** Syrian place names in Arabic and Latin script resolved to coordinates. */
@NullMarked
package org.maydan.gazetteer;

import org.jspecify.annotations.NullMarked;
