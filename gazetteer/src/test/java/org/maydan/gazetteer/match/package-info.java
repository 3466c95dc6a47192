/**
 * Tests of the word lists behind the mention filter.
 */
@NullMarked
package org.maydan.gazetteer.match;

import org.jspecify.annotations.NullMarked;
