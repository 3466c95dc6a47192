/**
 * Tests of the key folding: loose keys and their vowel skeletons.
 */
@NullMarked
package org.maydan.gazetteer.normalize;

import org.jspecify.annotations.NullMarked;
