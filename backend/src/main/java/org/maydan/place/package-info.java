/** Places: the gazetteer bean, {@code /api/places}, and the {@code import} and {@code bench-gazetteer} commands. */
@NullMarked
package org.maydan.place;

import org.jspecify.annotations.NullMarked;
