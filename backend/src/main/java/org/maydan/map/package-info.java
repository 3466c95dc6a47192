/** What the map page needs from the server besides events: base maps, the services it may use, and the /embed page. */
@NullMarked
package org.maydan.map;

import org.jspecify.annotations.NullMarked;
