/**
 * Tests of the normalization helpers: proclitic readings and loose keys.
 */
@NullMarked
package org.maydan.gazetteer.normalize;

import org.jspecify.annotations.NullMarked;
