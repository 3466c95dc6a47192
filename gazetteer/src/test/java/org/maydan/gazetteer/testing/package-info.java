/**
 * Test support shared by every module's tests (published in the gazetteer's test jar): where the
 * shared evaluation folder is and what a test does without it.
 */
@NullMarked
package org.maydan.gazetteer.testing;

import org.jspecify.annotations.NullMarked;
