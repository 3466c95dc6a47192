/** What the map page needs from the server besides events: the base-map tiles and their credits. */
@NullMarked
package org.maydan.map;

import org.jspecify.annotations.NullMarked;
