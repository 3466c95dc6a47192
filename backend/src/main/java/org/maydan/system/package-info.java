/** Cross-cutting wiring: store selection, configuration, RFC 7807 errors, sample data. */
@NullMarked
package org.maydan.system;

import org.jspecify.annotations.NullMarked;
