/**
 * Tests of the name index: the character trie the scanner walks.
 */
@NullMarked
package org.maydan.gazetteer.index;

import org.jspecify.annotations.NullMarked;
